/** A small table printer and a progress indicator: output for people (not for `--json`). */

export type Column<T> = [header: string, cell: (row: T) => unknown];

function text(value: unknown): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'string') return value.replace(/[\r\n\t]+/g, ' ');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function formatTable<T>(rows: T[], columns: Column<T>[], maxCell = 48): string {
  const cells = rows.map((row) =>
    columns.map(([, cell]) => {
      const s = text(cell(row));
      return s.length > maxCell ? `${s.slice(0, maxCell - 1)}…` : s;
    }),
  );
  const headers = columns.map(([h]) => h);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), ...cells.map(line)].join('\n') + '\n';
}

export function printTable<T>(rows: T[], columns: Column<T>[], empty = '(none)'): void {
  process.stdout.write(rows.length === 0 ? `${empty}\n` : formatTable(rows, columns));
}

/** Key/value lines for one object. */
export function printFields(fields: [label: string, value: unknown][]): void {
  const width = Math.max(...fields.map(([l]) => l.length));
  for (const [label, value] of fields) {
    process.stdout.write(`${`${label}:`.padEnd(width + 2)}${text(value)}\n`);
  }
}

/**
 * A one-line progress indicator on stderr, redrawn in place; silent unless stderr is a
 * terminal, so that pipes and logs never see it.
 */
export class Progress {
  private readonly enabled = process.stderr.isTTY === true;
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private frame = 0;
  private status = '';

  constructor(private readonly label: string) {
    if (!this.enabled) return;
    this.timer = setInterval(() => this.draw(), 120);
    this.draw();
  }

  update(status: string): void {
    this.status = status;
  }

  done(): void {
    if (!this.enabled) return;
    clearInterval(this.timer);
    process.stderr.write('\r\x1b[2K');
  }

  private draw(): void {
    const spinner = '|/-\\'[this.frame++ % 4];
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    process.stderr.write(`\r\x1b[2K${spinner} ${this.label} ${this.status} ${seconds}s`);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
