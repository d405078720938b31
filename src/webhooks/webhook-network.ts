import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { lookup } from 'node:dns/promises';
import { Agent as HttpAgent, request as httpRequest, IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { LookupFunction } from 'node:net';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface OutgoingWebhook {
  url: URL;
  /** The address the target guard checked: the connection goes there and nowhere else. */
  address: ResolvedAddress;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

export interface WebhookResponse {
  status: number;
  retryAfter: string | undefined;
  bodyExcerpt: string;
}

const EXCERPT_BYTES = 512;
const MAX_DRAIN_BYTES = 64 * 1024;
const MAX_AGENTS = 256;

/**
 * The only code that touches the network for webhooks: name resolution and one POST.
 * Tests replace both methods (jest.spyOn) so that no test connects anywhere but 127.0.0.1.
 * Redirects are never followed (node's http client does not follow them).
 */
@Injectable()
export class WebhookNetwork implements OnModuleDestroy {
  /** Keep-alive agents per checked address, so that a pooled socket is always one we checked. */
  private readonly agents = new Map<string, HttpAgent>();

  async resolve(hostname: string): Promise<ResolvedAddress[]> {
    const found = await lookup(hostname, { all: true, verbatim: true });
    return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
  }

  send(request: OutgoingWebhook): Promise<WebhookResponse> {
    const https = request.url.protocol === 'https:';
    const pinned: LookupFunction = (_host, options, callback) => {
      if ((options as { all?: boolean }).all) {
        (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [
          request.address,
        ]);
      } else callback(null, request.address.address, request.address.family);
    };
    return new Promise((resolve, reject) => {
      const req = (https ? httpsRequest : httpRequest)(request.url, {
        method: 'POST',
        headers: {
          ...request.headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(request.body)),
          'user-agent': 'pqc-remediation-webhooks/1',
        },
        lookup: pinned,
        agent: this.agentFor(https, request.address),
      });
      const timer = setTimeout(
        () => req.destroy(new Error(`timed out after ${request.timeoutMs} ms`)),
        request.timeoutMs,
      );
      req.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      req.on('response', (res) => {
        readExcerpt(res).then((bodyExcerpt) => {
          clearTimeout(timer);
          const retryAfter = res.headers['retry-after'];
          resolve({ status: res.statusCode ?? 0, retryAfter, bodyExcerpt });
        }, reject);
      });
      req.end(request.body);
    });
  }

  onModuleDestroy(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }

  private agentFor(https: boolean, address: ResolvedAddress): HttpAgent {
    const key = `${https ? 's' : 'p'}/${address.address}`;
    let agent = this.agents.get(key);
    if (!agent) {
      if (this.agents.size >= MAX_AGENTS) this.onModuleDestroy();
      const options = { keepAlive: true, maxSockets: 16, timeout: 30_000 };
      agent = https ? new HttpsAgent(options) : new HttpAgent(options);
      this.agents.set(key, agent);
    }
    return agent;
  }
}

/** The start of the answer for the delivery log; the rest is drained (bounded) or dropped. */
function readExcerpt(res: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      if (size < EXCERPT_BYTES) chunks.push(chunk);
      size += chunk.length;
      if (size > MAX_DRAIN_BYTES) res.destroy();
    });
    const done = () => resolve(Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8'));
    res.on('end', done);
    res.on('close', done);
    res.on('error', done);
  });
}
