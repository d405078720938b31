import { Inject, Injectable } from '@nestjs/common';
import { isIP } from 'node:net';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { classifyAddress, isAllowedAddress } from './target-address';
import { ResolvedAddress, WebhookNetwork } from './webhook-network';

/** A target the rules refuse; the message is safe to show to the tenant and to log. */
export class TargetRefused extends Error {}

export interface CheckedTarget {
  url: URL;
  address: ResolvedAddress;
}

/**
 * SSRF guard, applied when an endpoint is saved and again before every attempt (a name can
 * start resolving elsewhere at any time): `https` only, and every address the name resolves
 * to must be public. WEBHOOK_ALLOW_INSECURE_TARGETS=true also allows `http` and loopback,
 * private and CGNAT addresses, never link-local or cloud metadata.
 */
@Injectable()
export class TargetGuard {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly network: WebhookNetwork,
  ) {}

  /** Shape only (no network): the rules a URL must meet before it is resolved. */
  parse(raw: string): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new TargetRefused('url is not a valid absolute URL');
    }
    const insecure = this.config.webhookAllowInsecureTargets;
    if (url.protocol !== 'https:' && !(insecure && url.protocol === 'http:')) {
      throw new TargetRefused('url must use https');
    }
    if (url.username || url.password) throw new TargetRefused('url must not contain credentials');
    if (!url.hostname) throw new TargetRefused('url must name a host');
    return url;
  }

  async check(raw: string): Promise<CheckedTarget> {
    const url = this.parse(raw);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const literal = isIP(host);
    const addresses: ResolvedAddress[] = literal
      ? [{ address: host, family: literal === 6 ? 6 : 4 }]
      : await this.resolve(host);
    if (addresses.length === 0) throw new TargetRefused(`${host} does not resolve`);
    // Every answer must pass: a name with one public and one private address is refused.
    for (const { address } of addresses) {
      const cls = classifyAddress(address);
      if (!isAllowedAddress(cls, this.config.webhookAllowInsecureTargets)) {
        throw new TargetRefused(`${host} resolves to ${address}, a ${cls} address`);
      }
    }
    return { url, address: addresses[0] };
  }

  private async resolve(host: string): Promise<ResolvedAddress[]> {
    try {
      return await this.network.resolve(host);
    } catch {
      throw new TargetRefused(`${host} does not resolve`);
    }
  }
}
