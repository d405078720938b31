import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  EmbeddedPostgres,
  LOCK_FILE,
  PASSWORD_FILE,
  PG_DIR,
  startEmbeddedPostgres,
} from '../../src/database/embedded-postgres';
import { removeDataDir } from '../support/foundation-process';

/** The embedded engine itself: real PostgreSQL in DATA_DIR, private to this service's user. */
describe('embedded PostgreSQL', () => {
  let dataDir: string;
  let embedded: EmbeddedPostgres;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pqc-embedded-'));
    embedded = await startEmbeddedPostgres(dataDir, 10);
  });
  afterAll(async () => {
    await embedded?.stop();
    await removeDataDir(dataDir);
  });

  async function connect(url: string): Promise<Client> {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    client.on('error', () => undefined);
    await client.connect();
    return client;
  }

  it('listens on a unix socket inside DATA_DIR and accepts its password', async () => {
    const url = new URL(embedded.url);
    expect(url.searchParams.get('host')).toBe(join(dataDir, PG_DIR));
    const client = await connect(embedded.url);
    try {
      const { rows } = await client.query('SHOW listen_addresses');
      expect(rows[0].listen_addresses).toBe('');
    } finally {
      await client.end();
    }
  });

  it('refuses a connection without the password, or with a wrong one', async () => {
    const withPassword = (password: string) => {
      const url = new URL(embedded.url);
      url.password = password;
      return url.toString();
    };
    await expect(connect(withPassword(''))).rejects.toThrow(/password/);
    await expect(connect(withPassword('wrong-password'))).rejects.toThrow(
      /password authentication failed/,
    );
  });

  it('keeps DATA_DIR, the database and its password readable by their owner only', () => {
    // 0700; as root 0710, so that the postgres user can reach its own folder inside.
    expect(statSync(dataDir).mode & 0o077).toBe(process.getuid?.() === 0 ? 0o010 : 0);
    expect(statSync(join(dataDir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, PG_DIR)).mode & 0o077).toBe(0);
    for (const name of readdirSync(join(dataDir, PG_DIR))) {
      expect([name, statSync(join(dataDir, PG_DIR, name)).mode & 0o007]).toEqual([name, 0]);
    }
  });

  it('refuses a second start on the same DATA_DIR while the first holds it', async () => {
    await expect(startEmbeddedPostgres(dataDir, 10)).rejects.toThrow(
      new RegExp(`DATA_DIR ${dataDir} is in use by process ${process.pid}`),
    );
  });

  it('keeps its data across a stop and start, and names a lost password file', async () => {
    const client = await connect(embedded.url);
    await client.query('CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');
    await client.end();
    await embedded.stop();
    const password = join(dataDir, PASSWORD_FILE);
    renameSync(password, `${password}.away`);
    await expect(startEmbeddedPostgres(dataDir, 10)).rejects.toThrow(
      new RegExp(`has a database but no ${PASSWORD_FILE}`),
    );
    renameSync(`${password}.away`, password);
    embedded = await startEmbeddedPostgres(dataDir, 10);
    const again = await connect(embedded.url);
    try {
      expect((await again.query('SELECT n FROM kept')).rows).toEqual([{ n: 42 }]);
    } finally {
      await again.end();
    }
  });
});

describe('embedded PostgreSQL after its owner was killed with SIGKILL', () => {
  let dataDir: string;
  let embedded: EmbeddedPostgres | null = null;
  afterAll(async () => {
    await embedded?.stop();
    await removeDataDir(dataDir);
  });

  it('stops the orphaned server, starts again without help and keeps the data', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pqc-embedded-killed-'));
    // The built engine in a process of its own, which writes a row and then waits to be killed.
    const engine = join(__dirname, '..', '..', 'dist', 'src', 'database', 'embedded-postgres.js');
    const script = `
      const { Client } = require('pg');
      require(${JSON.stringify(engine)}).startEmbeddedPostgres(process.argv[1], 10).then(async (e) => {
        const c = new Client({ connectionString: e.url });
        await c.connect();
        await c.query('CREATE TABLE kept (n int); INSERT INTO kept VALUES (7)');
        await c.end();
        console.log('ready');
        setInterval(() => {}, 1000);
      });`;
    const owner = spawn(process.execPath, ['-e', script, dataDir], {
      cwd: join(__dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      owner.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      owner.once('exit', (code) => reject(new Error(`engine process exited (${code})`)));
    });
    const pidFile = join(dataDir, PG_DIR, 'postmaster.pid');
    const orphan = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    owner.kill('SIGKILL');
    await new Promise((resolve) => owner.once('close', resolve));
    // The server outlives its owner, and the lock still names the dead process.
    expect(running(orphan)).toBe(true);
    expect(readFileSync(join(dataDir, LOCK_FILE), 'utf8')).toBe(String(owner.pid));

    embedded = await startEmbeddedPostgres(dataDir, 10);
    expect(running(orphan)).toBe(false);
    expect(Number(readFileSync(pidFile, 'utf8').split('\n')[0])).not.toBe(orphan);
    const client = new Client({ connectionString: embedded.url });
    await client.connect();
    try {
      expect((await client.query('SELECT n FROM kept')).rows).toEqual([{ n: 7 }]);
    } finally {
      await client.end();
    }
  });
});

describe('embedded PostgreSQL refuses to start', () => {
  const dirs: string[] = [];
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'pqc-embedded-refused-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of dirs) await removeDataDir(dir);
  });

  it.each(['777', '770', '702'])('in a DATA_DIR others may write (mode %s)', async (mode) => {
    const dir = newDir();
    chmodSync(dir, parseInt(mode, 8));
    await expect(startEmbeddedPostgres(dir, 10)).rejects.toThrow(
      new RegExp(`DATA_DIR ${dir} is writable by group or others.*chmod 700`),
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('on a PGlite data folder of the first version, saying how to start fresh', async () => {
    const dir = newDir();
    mkdirSync(join(dir, 'pgdata'));
    writeFileSync(join(dir, 'pglite.lock'), '12345');
    await expect(startEmbeddedPostgres(dir, 10)).rejects.toThrow(
      /PGlite.*To start fresh.*mv .*pgdata/,
    );
    expect(readdirSync(dir).sort()).toEqual(['pgdata', 'pglite.lock']);
  });

  it('never leaves a lock behind when it refuses', async () => {
    const dir = newDir();
    mkdirSync(join(dir, 'pgdata'));
    await expect(startEmbeddedPostgres(dir, 10)).rejects.toThrow(/PGlite/);
    expect(readdirSync(dir)).not.toContain(LOCK_FILE);
  });
});

/** Alive and not a zombie (an exited process nobody has reaped yet). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false;
  }
}
