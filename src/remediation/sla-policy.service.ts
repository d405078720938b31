import { actorView } from '../common/auth/principal';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository';
import { actorOf, Principal } from '../common/auth/principal';
import { PreconditionFailed } from '../common/errors/domain-errors';
import { SEVERITIES } from '../crypto/finding-types';
import { SlaPolicyDto, UpdateSlaPolicyDto } from './sla-policy.dto';
import { SlaPolicyEntity } from './sla-policy.entity';
import { SlaPolicyRepository } from './sla-policy.repository';
import { DEFAULT_SLA_RULES, SlaRules } from './sla';
import { versionMatches } from './upsert-rules';

/** A tenant's policy: its row, or the defaults at version 0. */
@Injectable()
export class SlaPolicyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: SlaPolicyRepository,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * What the SLA fields of items are computed from: read on every request, never cached (one
   * primary-key read). Inside a transaction, pass its manager: the read then takes no second
   * connection from the pool.
   */
  async rules(tenantId: string, manager?: EntityManager): Promise<SlaRules> {
    return rulesOf(await this.policies.find(tenantId, manager));
  }

  async get(tenantId: string): Promise<SlaPolicyDto> {
    return toPolicyDto(await this.policies.find(tenantId));
  }

  /**
   * Left-out fields (and severities) keep their values; a change that changes nothing bumps
   * nothing. The change and its audit entry share one transaction.
   */
  async update(
    caller: Principal,
    body: UpdateSlaPolicyDto,
    ifMatch?: string,
  ): Promise<SlaPolicyDto> {
    const saved = await this.dataSource.transaction(async (manager) => {
      await this.policies.lock(manager, caller.tenantId);
      const current = await this.policies.find(caller.tenantId, manager);
      const version = current?.version ?? 0;
      if (ifMatch !== undefined && !versionMatches(ifMatch, version)) {
        throw new PreconditionFailed(
          `If-Match ${ifMatch} does not match the current version ${version}.`,
        );
      }
      const before = rulesOf(current);
      const after = merge(before, body);
      const changes = changesOf(before, after);
      if (Object.keys(changes).length === 0) return current;
      const actor = actorOf(caller);
      const row = await this.policies.save(manager, {
        tenantId: caller.tenantId,
        days: after.days,
        dueSoonDays: after.dueSoonDays,
        restartOnReopen: after.restartOnReopen,
        version: version + 1,
        updatedByKeyId: actor.keyId,
        updatedByLabel: actor.label,
      });
      await this.audit.append(manager, {
        tenantId: caller.tenantId,
        actor,
        action: 'sla_policy.updated',
        targetType: 'sla_policy',
        targetId: caller.tenantId,
        details: { version: row.version, changes },
      });
      return row;
    });
    return toPolicyDto(saved);
  }
}

export function rulesOf(row: SlaPolicyEntity | null): SlaRules {
  if (!row) return DEFAULT_SLA_RULES;
  return {
    days: Object.fromEntries(
      SEVERITIES.map((s) => [
        s,
        row.days[s] === undefined ? DEFAULT_SLA_RULES.days[s] : row.days[s],
      ]),
    ) as SlaRules['days'],
    dueSoonDays: row.dueSoonDays,
    restartOnReopen: row.restartOnReopen,
  };
}

function merge(rules: SlaRules, body: UpdateSlaPolicyDto): SlaRules {
  const days = { ...rules.days };
  for (const severity of SEVERITIES) {
    const value = body.days?.[severity];
    if (value !== undefined) days[severity] = value;
  }
  return {
    days,
    dueSoonDays: body.dueSoonDays ?? rules.dueSoonDays,
    restartOnReopen: body.restartOnReopen ?? rules.restartOnReopen,
  };
}

/** The audit entry's `changes`: `{field: {from, to}}`, severities as `days.critical`. */
function changesOf(before: SlaRules, after: SlaRules): Record<string, unknown> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const severity of SEVERITIES) {
    if (before.days[severity] !== after.days[severity]) {
      changes[`days.${severity}`] = { from: before.days[severity], to: after.days[severity] };
    }
  }
  if (before.dueSoonDays !== after.dueSoonDays) {
    changes.dueSoonDays = { from: before.dueSoonDays, to: after.dueSoonDays };
  }
  if (before.restartOnReopen !== after.restartOnReopen) {
    changes.restartOnReopen = { from: before.restartOnReopen, to: after.restartOnReopen };
  }
  return changes;
}

function toPolicyDto(row: SlaPolicyEntity | null): SlaPolicyDto {
  const rules = rulesOf(row);
  return {
    days: { ...rules.days },
    dueSoonDays: rules.dueSoonDays,
    restartOnReopen: rules.restartOnReopen,
    version: row?.version ?? 0,
    updatedAt: row ? new Date(row.updatedAt).toISOString() : null,
    updatedBy: row
      ? actorView(
          row.updatedByKeyId ? 'key' : 'admin',
          row.updatedByKeyId,
          row.updatedByLabel ?? 'unknown',
        )
      : null,
  };
}
