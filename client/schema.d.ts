// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.

export interface paths {
    "/admin/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tenants.
         * @description Every tenant with its id, name and creation time. Caller: the platform admin key.
         */
        get: operations["listTenants"];
        put?: never;
        /**
         * Create a tenant.
         * @description Creates a tenant with the given name and id (generated when absent); then issue it a key. Caller: the platform admin key. 409 when the tenant id exists; 422 for an invalid name or id.
         */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tenants/{tenant_id}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a tenant's API keys (never their secrets).
         * @description Every key of the tenant, revoked and expired ones included, with its prefix, role and when it was last used. Caller: the platform admin key. 404 for an unknown tenant.
         */
        get: operations["listTenantKeys"];
        put?: never;
        /**
         * Issue an API key for a tenant. The secret is returned once.
         * @description Creates a key with a label, a role (viewer, operator or admin; operator by default) and an optional expiry. `apiKey` in the response is the secret: it is stored only as a hash and never shown again. Caller: the platform admin key. 404 for an unknown tenant; 422 for an invalid field or an expiry in the past.
         */
        post: operations["issueTenantKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key. Repeating it is harmless.
         * @description Revokes any tenant's key: requests with it answer 401 from then on. Caller: the platform admin key. 404 for an unknown key.
         */
        delete: operations["revokeKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's tenant's keys.
         * @description Every key of the caller's tenant, revoked and expired ones included, with its prefix, role and when it was last used; never a secret. Role: admin.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Issue a key for the caller's tenant. The secret is returned once.
         * @description Creates a key of the caller's tenant with a label, a role (viewer, operator or admin; operator by default) and an optional expiry. `apiKey` in the response is the secret: it is stored only as a hash and never shown again. Role: admin. 422 for an invalid field or an expiry in the past.
         */
        post: operations["issueApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/api-keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke one of the tenant's keys. Repeating it is harmless.
         * @description Revokes a key of the caller's tenant: requests with it answer 401 from then on. Role: admin. 404 for an unknown key or another tenant's.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's audit log, newest first.
         * @description Who did what in this tenant (keys issued and revoked, scans imported, remediation changes), newest first, one page at a time: pass `nextCursor` as `cursor`. Role: admin. 422 for a `limit` outside 1–200 or a cursor this API did not return.
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's scans, newest first.
         * @description One page of scan summaries (readiness score and band, open remediation count), newest first. Pass `nextCursor` as `cursor` for the next page. Role: any (viewer and up). 422 for a `limit` outside 1–100 or a cursor this API did not return.
         */
        get: operations["listScans"];
        put?: never;
        /**
         * Import a finished scan (native findings or a CycloneDX 1.6 CBOM).
         * @description Stores the scan and its findings and creates one remediation backlog item per finding (rem_001, rem_002, ... in finding order, status open). Send either `findings` (our native format) or `cbom`. Role: operator or admin. 422 for an invalid body or finding (each field error in `detail`) or more than 5,000 findings; 404 when `baselineScanId` names no scan of this tenant; 413 for a body over 10 MiB. A rejected import stores nothing.
         */
        post: operations["importScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/scans/{scan_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A scan with its findings and a remediation summary.
         * @description The scan, every finding with its remediation item id, and the backlog counted by status with a completion percentage. Role: any (viewer and up). 404 when the scan does not exist or is another tenant's.
         */
        get: operations["getScan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/scans/{scan_id}/remediation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The backlog of a scan with current status, in finding order, filtered and paged.
         * @description The scan's remediation items in finding order, filtered by status, severity (each any of several values), owner and overdue, one page at a time: pass `nextCursor` as `cursor`. Role: any (viewer and up). 404 for an unknown (or another tenant's) scan; 422 for an unknown filter value, a `limit` outside 1–200 or a foreign cursor.
         */
        get: operations["listRemediation"];
        put?: never;
        /**
         * Create or update remediation ownership, status, notes, and target date.
         * @description Sets the status (required) and optionally owner, notes and target date of one backlog item of the scan, named by `remediationId`. Fields left out keep their values; null clears owner, notes and targetDate. accepted_risk and false_positive need notes as the justification. Every accepted change bumps version (also the ETag) and appends a history entry; a request that changes nothing does neither. Role: operator or admin. 404 for an unknown (or another tenant's) scan or item; 412 when If-Match names another version; 422 for invalid fields, a missing justification, or an assetId that is not the item's asset.
         */
        post: operations["upsertRemediation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/scans/{scan_id}/remediation/{remediation_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One backlog item.
         * @description The item with its current status, owner, notes, target date and version; the ETag header carries the version for a later If-Match. Role: any (viewer and up). 404 for an unknown (or another tenant's) scan or item.
         */
        get: operations["getRemediationItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/scans/{scan_id}/remediation/{remediation_id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every accepted change of an item, oldest first.
         * @description One entry per accepted change: when, by which key, the version it produced, each changed field with its old and new value, and the `bulkId` when a bulk change made it (null otherwise). Oldest first, one page at a time: pass `nextCursor` as `cursor`. Role: any (viewer and up). 404 for an unknown (or another tenant's) scan or item; 422 for a `limit` outside 1–500 or a foreign cursor.
         */
        get: operations["listRemediationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/scans/{scan_id}/rescan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the import did to the backlog compared with its baseline, item by item.
         * @description new, carried and reopened name the item of this scan; fixed and notObserved the baseline item. In decision order (this scan’s findings, then the baseline items it did not find); empty when the scan was not compared with a baseline.
         */
        get: operations["listRescanChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/scans/{scan_id}/remediation/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check one item against a newer scan: fixed, still present, not observed or unverifiable.
         * @description fixed: the verify scan looked at the item’s location and did not find it (item done, verification confirmed); still_present: it found it (verification failed, status unchanged); not_observed: it did not look there; unverifiable: the item has no location. Owner and notes are kept; repeating a verification changes nothing (changed: false).
         */
        post: operations["verifyRemediation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/remediation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's backlog: every current item across scans, filtered, sorted and paged.
         * @description Items a rescan superseded are history and never listed. Filters combine (AND); comma-separated values within one filter are alternatives (OR). SLA fields are computed when read from the tenant’s SLA policy. Keyset paging: pass nextCursor back with the same filters and sort; paging stays free of gaps and repeats while items change (for sort=updatedAt, an item changed meanwhile moves to the front and is not listed again).
         */
        get: operations["listBacklog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/remediation/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole filtered backlog as CSV or NDJSON, streamed in the queue’s order.
         * @description Same filters and sort as listBacklog. NDJSON: one item per line, exactly as the API returns it. CSV: a header row, then one row per item, nested fields flattened with dots (updatedBy.keyId); text cells starting with =, +, -, @, tab or CR get a leading ' so that spreadsheets do not run them.
         */
        get: operations["exportBacklog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/remediation/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply one change (status, owner, notes, targetDate) to up to 200 items.
         * @description changes is validated once with the upsert’s rules (empty, or accepted_risk/false_positive without notes: 422 for the whole request). Partial mode (default): each item is changed on its own, under the same row lock as the single upsert, and results lists per item the status it alone would get (404 unknown or another tenant’s, 409 superseded, 412 stale ifMatch, 422 a rule). Atomic mode: all or nothing; a failure is a 409 whose detail names every failing item, and nothing changes. Each changed item gets its own history and audit entry (audit with the bulkId), plus one remediation.bulk audit entry. An item the change leaves as it is bumps nothing.
         */
        post: operations["bulkUpdateRemediation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/sla-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's SLA policy: days per severity, due-soon window, what a regression does.
         * @description A tenant that never changed it has the defaults, at version 0.
         */
        get: operations["getSlaPolicy"];
        /**
         * Change the SLA policy (admin).
         * @description Fields left out keep their values, also a severity left out of days; null days = not enforced. version, updatedAt and updatedBy are read-only (422). The change applies at once to every item’s SLA fields (they are computed when read) and is audited; a request that changes nothing bumps nothing.
         */
        put: operations["updateSlaPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/sla/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * SLA totals and per severity, and the oldest breaches, over current items.
         * @description open counts items open, in progress or blocked; within, dueSoon and breached split the open items that have an SLA; met and missed count done items. asOf reads every current item’s clock at that moment with its present status. Superseded items are history and never counted.
         */
        get: operations["getSlaReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/ai/explain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate AI explanation for a finding with optional context.
         * @description Explains a finding in plain language: its impact, the standard and deadline that apply, and next steps. The finding is either a reference to a stored one ({id, scanId?}) or a free-form description; `context` tailors the answer. Claude writes the answer when configured (source "claude"); otherwise, or when the model fails in any way, the built-in expert explainer does (source "offline"), never a 5xx. Identical requests within a tenant are answered from a cache (cached: true). Role: any (viewer and up). 404 when a referenced finding does not exist in this tenant; 422 when neither finding nor context is sent; 429 over AI_RATE_LIMIT_PER_MINUTE for the key.
         */
        post: operations["explainFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/ai/explain-scan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Brief a whole scan for executives or engineers.
         * @description Summarises one scan of the caller’s tenant: `facts` (finding counts per severity, backlog items per status, SLA breaches, quantum-vulnerable findings, readiness score, the rescan comparison and the nearest dated standard deadline) and `keyRisks` (up to 5 open items: past their SLA first, then by severity, then quantum-vulnerable key exchange) are computed by the service. Claude (when configured) or the built-in templates only phrase them for the audience: `executive` (default: business risk, deadlines, what to fund) or `engineering` (concrete steps per key risk). Every quantity in the text is one of the facts; a model answer that states any other number, or fails in any way, is replaced by the built-in brief (source "offline"), never a 5xx. Answers are cached per scan state and audience (cached: true); a change of the facts asks anew. Role: any (viewer and up). 404 when the scan does not exist in this tenant; 422 on an invalid body; 429 over the AI rate limits (per key and per tenant).
         */
        post: operations["explainScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tenant's webhook endpoints.
         * @description Oldest first. Secrets are never shown again.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook endpoint. The signing secret is returned once.
         * @description Deliveries follow Standard Webhooks 1.0: headers webhook-id, webhook-timestamp and webhook-signature (v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">) so that any Standard Webhooks library verifies them with the secret. The URL must be https and resolve to public addresses only. At most 10 endpoints a tenant.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/webhooks/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one webhook endpoint.
         * @description Without its secret.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete an endpoint.
         * @description Its pending deliveries are dropped with it.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint's url, events or enabled flag.
         * @description Fields left out keep their values. A new url is checked like at creation. Enabling an endpoint that delivery disabled resumes its pending deliveries.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/tenant/webhooks/{webhook_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a new signing secret. The new secret is returned once.
         * @description For 24 hours every delivery carries two signatures (new and previous secret, space-separated), so receivers can switch without losing a delivery.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/webhooks/{webhook_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a webhook.ping event to this endpoint.
         * @description Whatever the endpoint subscribes to. Follow it in the delivery log.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/webhooks/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint's delivery log, newest first.
         * @description Each delivery with every attempt: time, response status, duration, error excerpt.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivered or failed event again.
         * @description A new delivery of the same event: the same webhook-id, a fresh signature.
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and database reachability. 503 while the database is down.
         * @description For load balancers and monitoring: the service version and whether the database answers. Public (no key), rate limited per client IP. 200 with status ok; 503 with the same body (status degraded, database down) while the database is unreachable.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        FieldErrorDto: {
            /** @example status */
            field: string;
            /** @example status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive */
            message: string;
        };
        ErrorEnvelope: {
            /** @example 422 */
            status: number;
            /**
             * @example unprocessable_entity
             * @enum {string}
             */
            error: "unauthorized" | "forbidden" | "not_found" | "conflict" | "precondition_failed" | "payload_too_large" | "unprocessable_entity" | "too_many_requests" | "internal_error" | "service_unavailable";
            /** @example Request body is invalid. */
            message: string;
            detail?: components["schemas"]["FieldErrorDto"][];
            /** @example req_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            requestId: string;
        };
        CreateTenantDto: {
            /** @example Acme Corp */
            name: string;
            /**
             * @description Generated when absent.
             * @example acme
             */
            tenantId?: string;
        };
        TenantDto: {
            /** @example acme */
            tenantId: string;
            /** @example Acme Corp */
            name: string;
            /**
             * Format: date-time
             * @example 2026-11-23T09:00:00.000Z
             */
            createdAt: string;
        };
        TenantListDto: {
            /** @example 1 */
            count: number;
            tenants: components["schemas"]["TenantDto"][];
        };
        IssueKeyDto: {
            /** @example ci-pipeline */
            label: string;
            /**
             * @default operator
             * @enum {string}
             */
            role: "viewer" | "operator" | "admin";
            /**
             * Format: date-time
             * @description Must lie in the future. Never expires when absent.
             * @example 2030-12-31T00:00:00Z
             */
            expiresAt?: string;
        };
        IssuedKeyDto: {
            /** @example key_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            keyId: string;
            /** @example acme */
            tenantId: string;
            /** @example ci-pipeline */
            label: string;
            /**
             * @example operator
             * @enum {string}
             */
            role: "viewer" | "operator" | "admin";
            /** @example pqc_Xk3v9QzL */
            keyPrefix: string;
            /**
             * @description The secret. Shown only in this response; store it now.
             * @example pqc_Xk3v9QzL…
             */
            apiKey: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ApiKeyDto: {
            /** @example key_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            keyId: string;
            /** @example ci-pipeline */
            label: string;
            /**
             * @example operator
             * @enum {string}
             */
            role: "viewer" | "operator" | "admin";
            /**
             * @description The first characters of the key, to recognise it.
             * @example pqc_Xk3v9QzL
             */
            keyPrefix: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
        };
        ApiKeyListDto: {
            /** @example acme */
            tenantId: string;
            keys: components["schemas"]["ApiKeyDto"][];
        };
        RevokedKeyDto: {
            /** @example key_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            keyId: string;
            /** @example true */
            revoked: boolean;
        };
        ActorDto: {
            /**
             * @description An API key, the platform admin, or the service itself (rescan, sla).
             * @example key
             * @enum {string}
             */
            type: "key" | "admin" | "system";
            /**
             * @description The key id, 'platform-admin', or the system's name ('rescan', 'sla').
             * @example key_01JD3S7W1XQ2Y8M4N5P6R7T8V9
             */
            id: string;
            /**
             * @description The key id; null for the platform admin and the system. Kept for compatibility.
             * @example key_01JD3S7W1XQ2Y8M4N5P6R7T8V9
             */
            keyId: string | null;
            /** @example ci-pipeline */
            label: string;
        };
        AuditEntryDto: {
            /** @example 42 */
            id: string;
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["ActorDto"];
            /** @example api_key.issued */
            action: string;
            /** @example api_key */
            targetType: string;
            /** @example key_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            targetId: string;
            details: {
                [key: string]: unknown;
            } | null;
        };
        AuditPageDto: {
            /** @example 1 */
            count: number;
            entries: components["schemas"]["AuditEntryDto"][];
            /** @description Pass as cursor for the next page; null at the end. */
            nextCursor: string | null;
        };
        NativeFindingDto: {
            /**
             * @description Assigned f_001, f_002, ... when absent.
             * @example f_001
             */
            id?: string;
            /** @example RSA-1024 certificate */
            title: string;
            /**
             * @description Derived from algorithm and key size when absent.
             * @enum {string}
             */
            severity?: "critical" | "high" | "medium" | "low" | "info";
            /**
             * @description Derived when absent; one of weak_key, quantum_vulnerable, weak_hash, legacy_protocol, weak_cipher, certificate, pqc_safe, other or your own.
             * @example weak_key
             */
            category?: string;
            /** @example RSA */
            algorithm?: string;
            /** @example 1024 */
            keySize?: number;
            /** @example api-edge-01 */
            assetId?: string;
            /** @example api.example.com */
            host?: string;
            /** @example 443 */
            port?: number;
            /** @description Derived from algorithm and key size when absent. */
            quantumVulnerable?: boolean;
            /**
             * @example {
             *       "signatureAlgorithm": "sha256WithRSAEncryption",
             *       "notAfter": "2027-01-31T00:00:00Z"
             *     }
             */
            details?: {
                [key: string]: unknown;
            };
            /**
             * @description The scanner's own stable id for this finding. When given it is the finding's identity across scans (instead of location + weakness type + algorithm family).
             * @example tls-scanner:cert:api.example.com:443:weak-rsa
             */
            fingerprint?: string;
        };
        CoveredLocationDto: {
            /** @example api-edge-01 */
            assetId?: string;
            /** @example api.example.com */
            host?: string;
            /** @example 443 */
            port?: number;
        };
        ImportScanDto: {
            /** @example api.example.com:443 */
            target?: string;
            /** @example Weekly external TLS scan */
            label?: string;
            /** @description Native format. Send this or cbom. */
            findings?: components["schemas"]["NativeFindingDto"][];
            /** @description A CycloneDX 1.6 (or 1.7) CBOM document. Send this or findings. */
            cbom?: {
                [key: string]: unknown;
            };
            /**
             * @description What this scan is compared against: 'auto' (default when target is set: every current item of the tenant's earlier scans of the same target), a scan id (that scan's current items), or 'none' (default without a target). 'auto' without a target is a 422; an unknown scan id a 404.
             * @example auto
             */
            baselineScanId?: string;
            /**
             * @description partial when absent. complete: the scan looked at every location of the baseline, so a baseline item it does not find is fixed. partial: only locations with findings or in coveredLocations count as rescanned.
             * @example partial
             * @enum {string}
             */
            coverage?: "partial" | "complete";
            /**
             * @description Locations the scan looked at, with or without findings ({assetId} or {host, port}): a baseline item there that the scan did not find is fixed.
             * @example [
             *       {
             *         "host": "api.example.com",
             *         "port": 443
             *       },
             *       {
             *         "assetId": "api-edge-01"
             *       }
             *     ]
             */
            coveredLocations?: components["schemas"]["CoveredLocationDto"][];
        };
        RescanCountsDto: {
            /**
             * @description Findings with no match in the baseline.
             * @example 1
             */
            new: number;
            /**
             * @description Findings that continue an open or closed-by-decision item.
             * @example 2
             */
            carried: number;
            /**
             * @description Baseline items absent at a rescanned location.
             * @example 1
             */
            fixed: number;
            /**
             * @description Findings that continue a done item (regressions).
             * @example 0
             */
            reopened: number;
            /**
             * @description Baseline items absent where the scan did not look.
             * @example 0
             */
            notObserved: number;
            /**
             * @description Findings with the fingerprint of an earlier one.
             * @example 0
             */
            duplicates: number;
        };
        RescanSummaryDto: {
            /** @enum {string} */
            coverage: "partial" | "complete";
            counts: components["schemas"]["RescanCountsDto"];
        };
        StatusCountsDto: {
            open: number;
            in_progress: number;
            blocked: number;
            done: number;
            accepted_risk: number;
            false_positive: number;
        };
        RemediationSummaryDto: {
            /** @example 12 */
            total: number;
            byStatus: components["schemas"]["StatusCountsDto"];
            /**
             * @description Share of items done, accepted as risk or false positives, 0–100.
             * @example 25
             */
            completionPercentage: number;
        };
        FindingDto: {
            /** @example f_001 */
            findingId: string;
            /** @example rem_001 */
            remediationId: string;
            /** @example RSA-1024 certificate */
            title: string;
            /** @enum {string} */
            severity: "critical" | "high" | "medium" | "low" | "info";
            /** @example weak_key */
            category: string;
            /** @example RSA */
            algorithm: string | null;
            /** @example 1024 */
            keySize: number | null;
            /** @example api-edge-01 */
            assetId: string | null;
            host: string | null;
            port: number | null;
            quantumVulnerable: boolean;
            details: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Identity across scans: location + weakness type + algorithm family, or the scanner’s own stable id; its backlog item has the same.
             * @example fp1_3f2a9c0d5e6b7a8c9d0e1f2a3b4c5d6e
             */
            fingerprint: string;
            /**
             * @description weak: no location; carried forward but never verified by a scan.
             * @enum {string}
             */
            fingerprintQuality: "strong" | "weak";
        };
        ScanDetailDto: {
            /** @example scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            scanId: string;
            /** @example api.example.com:443 */
            target: string | null;
            /** @example Weekly external TLS scan */
            label: string | null;
            /** @example completed */
            status: string;
            /** @enum {string} */
            format: "native" | "cbom";
            /** Format: date-time */
            createdAt: string;
            /** @example 12 */
            findingCount: number;
            /** @example 42 */
            readinessScore: number;
            /**
             * @example poor
             * @enum {string}
             */
            readinessBand: "critical" | "poor" | "fair" | "good" | "ready";
            /**
             * @description Items open, in progress or blocked.
             * @example 9
             */
            openRemediationCount: number;
            /**
             * @description The newest earlier scan compared against (or the explicit one); null: none.
             * @example scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9
             */
            baselineScanId: string | null;
            /** @description What the comparison with the baseline did; null when nothing was compared. */
            rescan: components["schemas"]["RescanSummaryDto"] | null;
            remediation: components["schemas"]["RemediationSummaryDto"];
            findings: components["schemas"]["FindingDto"][];
        };
        ScanResponseDto: {
            scan: components["schemas"]["ScanDetailDto"];
        };
        ScanSummaryDto: {
            /** @example scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            scanId: string;
            /** @example api.example.com:443 */
            target: string | null;
            /** @example Weekly external TLS scan */
            label: string | null;
            /** @example completed */
            status: string;
            /** @enum {string} */
            format: "native" | "cbom";
            /** Format: date-time */
            createdAt: string;
            /** @example 12 */
            findingCount: number;
            /** @example 42 */
            readinessScore: number;
            /**
             * @example poor
             * @enum {string}
             */
            readinessBand: "critical" | "poor" | "fair" | "good" | "ready";
            /**
             * @description Items open, in progress or blocked.
             * @example 9
             */
            openRemediationCount: number;
        };
        ScanListDto: {
            /** @example 1 */
            count: number;
            scans: components["schemas"]["ScanSummaryDto"][];
            nextCursor: string | null;
        };
        UpsertRemediationDto: {
            /**
             * @description Remediation backlog item id.
             * @example rem_001
             */
            remediationId: string;
            /**
             * @description New remediation state.
             * @example in_progress
             * @enum {string}
             */
            status: "open" | "in_progress" | "blocked" | "done" | "accepted_risk" | "false_positive";
            /**
             * @description Assigned owner; null clears.
             * @example alice@example.com
             */
            owner?: string | null;
            /**
             * @description Operator notes; required as the justification for accepted_risk and false_positive. null clears.
             * @example Reissuing with ECDSA P-256 via the internal CA.
             */
            notes?: string | null;
            /**
             * @description Desired completion: ISO 8601 date or date-time (UTC unless an offset is given). null clears.
             * @example 2026-12-31
             */
            targetDate?: string | null;
            /** @description Optional check: the item's asset (its finding's assetId). Another value, or null, is a 422. */
            assetId?: string;
        };
        ItemRefDto: {
            /** @example scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            scanId: string;
            /** @example rem_001 */
            remediationId: string;
        };
        VerificationDto: {
            /**
             * @description pending: set done by hand, not yet checked by a scan; confirmed: a later scan rescanned the location and did not find it; failed: a later scan still (or again) found it.
             * @example confirmed
             * @enum {string|null}
             */
            state: "pending" | "confirmed" | "failed" | null;
            /** @example scan_01JD4A0000000000000000000A */
            verifyScanId: string | null;
            /** Format: date-time */
            checkedAt: string | null;
        };
        RemediationItemDto: {
            /** @example rem_001 */
            remediationId: string;
            /** @example scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            scanId: string;
            /** @example f_001 */
            findingId: string;
            /** @example api-edge-01 */
            assetId: string | null;
            /** @example RSA-1024 certificate */
            title: string;
            /**
             * @example critical
             * @enum {string}
             */
            severity: "critical" | "high" | "medium" | "low" | "info";
            /**
             * @example in_progress
             * @enum {string}
             */
            status: "open" | "in_progress" | "blocked" | "done" | "accepted_risk" | "false_positive";
            /** @example alice@example.com */
            owner: string | null;
            notes: string | null;
            /** @example 2026-12-31 */
            targetDate: string | null;
            /** @description Target date passed while open, in progress or blocked. */
            overdue: boolean;
            /** Format: date-time */
            resolvedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description The key that made the last change. */
            updatedBy: components["schemas"]["ActorDto"];
            /**
             * @description Starts at 1, grows by one with every change; also the ETag.
             * @example 2
             */
            version: number;
            /**
             * Format: date-time
             * @description When the SLA clock started: firstSeenAt, or the last reopen when the policy's restartOnReopen is on.
             */
            slaClockStartAt: string;
            /**
             * Format: date-time
             * @description Clock start + the severity’s days × 24 h; null when the severity has no SLA.
             */
            slaDueAt: string | null;
            /**
             * @description Whole days left, rounded down, negative once breached; null when exempt, met or missed.
             * @example 3
             */
            slaDaysRemaining: number | null;
            /**
             * @description Computed when read from the tenant’s SLA policy, so a policy change applies at once.
             * @example within
             * @enum {string}
             */
            slaState: "within" | "due_soon" | "breached" | "met" | "missed" | "exempt";
            /**
             * @description Identity across scans: location + weakness type + algorithm family.
             * @example fp1_3f2a9c0d5e6b7a8c9d0e1f2a3b4c5d6e
             */
            fingerprint: string;
            /**
             * @description weak: no location; carried forward but never verified by a scan.
             * @enum {string}
             */
            fingerprintQuality: "strong" | "weak";
            /**
             * Format: date-time
             * @description First seen at this location, across scans.
             */
            firstSeenAt: string;
            /** @description The baseline item it continues. */
            carriedFrom: components["schemas"]["ItemRefDto"] | null;
            /** @description The item of a later scan that continues it; null while the item is current. */
            supersededBy: components["schemas"]["ItemRefDto"] | null;
            /** @description The earlier item of the same scan with the same fingerprint. */
            duplicateOf: components["schemas"]["ItemRefDto"] | null;
            /** @description Came back after a fix; stays true while carried on. */
            regression: boolean;
            /** @example 0 */
            reopenCount: number;
            verification: components["schemas"]["VerificationDto"];
        };
        RemediationItemResponseDto: {
            item: components["schemas"]["RemediationItemDto"];
        };
        RemediationQueueDto: {
            /**
             * @description Items in this page.
             * @example 1
             */
            count: number;
            items: components["schemas"]["RemediationItemDto"][];
            /** @description Pass as cursor for the next page; null at the end. */
            nextCursor: string | null;
        };
        FieldChangeDto: {
            /**
             * @description The value before; null when unset.
             * @example open
             */
            from: (string | null) | number | boolean | {
                [key: string]: unknown;
            } | unknown[];
            /**
             * @description The value after; null when cleared.
             * @example in_progress
             */
            to: (string | null) | number | boolean | {
                [key: string]: unknown;
            } | unknown[];
        };
        HistoryEntryDto: {
            /** Format: date-time */
            at: string;
            actor: components["schemas"]["ActorDto"];
            /**
             * @description The item version this change produced.
             * @example 2
             */
            version: number;
            /**
             * @description Each changed field (status, owner, notes, targetDate, ...) with its values.
             * @example {
             *       "status": {
             *         "from": "open",
             *         "to": "in_progress"
             *       },
             *       "owner": {
             *         "from": null,
             *         "to": "alice@example.com"
             *       }
             *     }
             */
            changes: {
                [key: string]: components["schemas"]["FieldChangeDto"];
            };
            /**
             * @description The bulk change (POST /tenant/remediation/bulk) this entry belongs to; null for any other change.
             * @example bulk_01JD3S7W1XQ2Y8M4N5P6R7T8V9
             */
            bulkId: string | null;
        };
        HistoryDto: {
            /** @example 1 */
            count: number;
            entries: components["schemas"]["HistoryEntryDto"][];
            nextCursor: string | null;
        };
        RescanChangeDto: {
            /**
             * @example carried
             * @enum {string}
             */
            change: "new" | "carried" | "fixed" | "reopened" | "notObserved";
            /** @description The new item for new, carried and reopened; the baseline item for fixed and notObserved. */
            item: components["schemas"]["RemediationItemDto"];
        };
        RescanChangesDto: {
            /** @example 1 */
            count: number;
            changes: components["schemas"]["RescanChangeDto"][];
            /** @description Pass as cursor for the next page; null at the end. */
            nextCursor: string | null;
        };
        VerifyRemediationDto: {
            /**
             * @description The item of this scan to verify.
             * @example rem_001
             */
            remediationId: string;
            /**
             * @description A newer scan of the tenant that looked at the item’s location.
             * @example scan_01JD4A0000000000000000000A
             */
            verifyScanId: string;
        };
        ItemMatchDto: {
            /** @example scan_01JD4A0000000000000000000A */
            scanId: string;
            /** @example rem_003 */
            remediationId: string;
        };
        VerifyResultDto: {
            /** @description True exactly when the outcome is fixed. */
            verified: boolean;
            /**
             * @description fixed: absent and the location was rescanned (item done, verification confirmed); still_present: the verify scan has it (verification failed, status unchanged); not_observed: the verify scan did not look there; unverifiable: weak fingerprint (no location). The last two change nothing.
             * @example fixed
             * @enum {string}
             */
            outcome: "fixed" | "still_present" | "not_observed" | "unverifiable";
            /** @description Whether the item version moved (false when repeated). */
            changed: boolean;
            item: components["schemas"]["RemediationItemDto"];
            /** @description The item in the verify scan (still_present). */
            match?: components["schemas"]["ItemMatchDto"];
        };
        BacklogPageDto: {
            /**
             * @description Items in this page.
             * @example 1
             */
            count: number;
            items: components["schemas"]["RemediationItemDto"][];
            /** @description Pass as cursor for the next page (with the same filters and sort); null at the end. */
            nextCursor: string | null;
        };
        BulkItemRefDto: {
            /** @example scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            scanId: string;
            /** @example rem_001 */
            remediationId: string;
            /**
             * @description Expected current version, as a number or its ETag form ("3"); stale: 412 for this item.
             * @example 3
             */
            ifMatch?: number | string;
        };
        BulkChangesDto: {
            /**
             * @example accepted_risk
             * @enum {string}
             */
            status?: "open" | "in_progress" | "blocked" | "done" | "accepted_risk" | "false_positive";
            /** @example alice@example.com */
            owner?: string | null;
            /**
             * @description Required as the justification with accepted_risk and false_positive.
             * @example Internal endpoints behind the VPN; replaced in the Q3 migration.
             */
            notes?: string | null;
            /** @example 2026-12-31 */
            targetDate?: string | null;
        };
        BulkUpdateDto: {
            /** @description The items to change, each at most once. */
            items: components["schemas"]["BulkItemRefDto"][];
            /** @description One change applied to every item. */
            changes: components["schemas"]["BulkChangesDto"];
            /**
             * @description true: all or nothing (409 naming the failing items); false (when left out): per-item results.
             * @example false
             */
            atomic?: boolean;
        };
        BulkErrorDto: {
            /** @example precondition_failed */
            error: string;
            /** @example ifMatch 2 does not match the current version 3. */
            message: string;
            detail?: components["schemas"]["FieldErrorDto"][];
        };
        BulkResultDto: {
            /** @example 0 */
            index: number;
            /** @example scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            scanId: string;
            /** @example rem_001 */
            remediationId: string;
            /**
             * @description The HTTP status this item alone would get.
             * @example 200
             */
            status: number;
            /**
             * @example updated
             * @enum {string}
             */
            outcome: "updated" | "unchanged" | "failed";
            item?: components["schemas"]["RemediationItemDto"];
            error?: components["schemas"]["BulkErrorDto"];
        };
        BulkResponseDto: {
            /** @example bulk_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            bulkId: string;
            /** @example 3 */
            total: number;
            /** @example 1 */
            succeeded: number;
            /** @example 1 */
            unchanged: number;
            /** @example 1 */
            failed: number;
            results: components["schemas"]["BulkResultDto"][];
        };
        SlaDaysDto: {
            /** @example 7 */
            critical: number | null;
            /** @example 30 */
            high: number | null;
            /** @example 90 */
            medium: number | null;
            /** @example 180 */
            low: number | null;
            /** @example null */
            info: number | null;
        };
        SlaPolicyDto: {
            /** @description Days per severity; null = not enforced. */
            days: components["schemas"]["SlaDaysDto"];
            /**
             * @description An open item is due_soon this many days (or fewer) before its due time.
             * @example 14
             */
            dueSoonDays: number;
            /**
             * @description Whether a regression (a fixed item found again) restarts the clock.
             * @example false
             */
            restartOnReopen: boolean;
            /**
             * @description 0 while the defaults apply; grows by one with every change; also the ETag.
             * @example 0
             */
            version: number;
            /** Format: date-time */
            updatedAt: string | null;
            updatedBy: components["schemas"]["ActorDto"] | null;
        };
        SlaDaysUpdateDto: {
            /**
             * @description Days from the clock start to the due time; null = not enforced.
             * @example 7
             */
            critical?: number | null;
            /**
             * @description Days from the clock start to the due time; null = not enforced.
             * @example 30
             */
            high?: number | null;
            /**
             * @description Days from the clock start to the due time; null = not enforced.
             * @example 90
             */
            medium?: number | null;
            /**
             * @description Days from the clock start to the due time; null = not enforced.
             * @example 180
             */
            low?: number | null;
            /**
             * @description Days from the clock start to the due time; null = not enforced.
             * @example null
             */
            info?: number | null;
        };
        UpdateSlaPolicyDto: {
            /**
             * @description Severities left out keep their days.
             * @example {
             *       "critical": 7,
             *       "info": null
             *     }
             */
            days?: components["schemas"]["SlaDaysUpdateDto"];
            /** @example 14 */
            dueSoonDays?: number;
            /** @example false */
            restartOnReopen?: boolean;
        };
        SlaCountsDto: {
            /**
             * @description Items open, in progress or blocked.
             * @example 12
             */
            open: number;
            /**
             * @description Open items within their SLA.
             * @example 7
             */
            within: number;
            /**
             * @description Open items due within dueSoonDays.
             * @example 2
             */
            dueSoon: number;
            /**
             * @description Open items past their due time.
             * @example 3
             */
            breached: number;
            /**
             * @description Done items resolved by their due time.
             * @example 5
             */
            met: number;
            /**
             * @description Done items resolved after their due time.
             * @example 1
             */
            missed: number;
            /**
             * @description Median days from the clock start to resolution over done items; null when none.
             * @example 4.5
             */
            medianDaysToResolve: number | null;
        };
        SlaBySeverityDto: {
            critical: components["schemas"]["SlaCountsDto"];
            high: components["schemas"]["SlaCountsDto"];
            medium: components["schemas"]["SlaCountsDto"];
            low: components["schemas"]["SlaCountsDto"];
            info: components["schemas"]["SlaCountsDto"];
        };
        SlaReportDto: {
            /** Format: date-time */
            asOf: string;
            /** @example example.com */
            target: string | null;
            totals: components["schemas"]["SlaCountsDto"];
            bySeverity: components["schemas"]["SlaBySeverityDto"];
            /** @description The breached items that were due first (at most 10), SLA read at asOf. */
            oldestBreaches: components["schemas"]["RemediationItemDto"][];
        };
        ExplainRequestDto: {
            /**
             * @description Finding payload to explain: a reference to a stored finding ({id, scanId?}) or a free-form description (title, algorithm, keySize, severity, signatureAlgorithm, protocol, notAfter, host, port, ...). At most 8 KiB as JSON.
             * @example {
             *       "id": "f_001",
             *       "title": "RSA-1024 certificate"
             *     }
             */
            finding?: {
                [key: string]: unknown;
            };
            /**
             * @description Extra context to tailor the explanation, e.g. where the asset sits.
             * @example external API edge
             */
            context?: string;
        };
        ReferenceDto: {
            /** @example NIST SP 800-131A Rev. 2 */
            title: string;
            /** @example https://csrc.nist.gov/pubs/sp/800/131/a/r2/final */
            url?: string;
        };
        ExplanationDto: {
            /** @description High-level explanation, plain text. */
            summary: string;
            /** @description Business/security impact summary, plain text. */
            impact: string;
            /** @description Suggested remediation actions, plain text. */
            nextSteps: string[];
            /**
             * @description Who wrote the answer.
             * @enum {string}
             */
            source: "claude" | "offline";
            /**
             * @description The model, when source is claude.
             * @example claude-sonnet-5-5
             */
            model?: string;
            references: components["schemas"]["ReferenceDto"][];
            /** @description Answered from the cache without a new model call. */
            cached: boolean;
        };
        ExplainScanRequestDto: {
            /**
             * @description A scan of the caller’s tenant.
             * @example scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9
             */
            scanId: string;
            /**
             * @description executive: business risk, deadlines and what to fund; engineering: concrete steps per key risk.
             * @default executive
             * @enum {string}
             */
            audience: "executive" | "engineering";
            /**
             * @description Extra context to tailor the brief, e.g. where the target sits.
             * @example customer-facing API edge
             */
            context?: string;
        };
        ReadinessDto: {
            /** @example 42 */
            score: number;
            /** @example at_risk */
            band: string;
        };
        SeverityCountsDto: {
            critical: number;
            high: number;
            medium: number;
            low: number;
            info: number;
        };
        ItemStatusCountsDto: {
            open: number;
            in_progress: number;
            blocked: number;
            done: number;
            accepted_risk: number;
            false_positive: number;
        };
        ScanBriefRescanDto: {
            /** @example scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            baselineScanId: string;
            /** @enum {string} */
            coverage: "partial" | "complete";
            counts: components["schemas"]["RescanCountsDto"];
        };
        DeadlineDto: {
            /** @example NIST IR 8547 (draft) */
            standard: string;
            /**
             * Format: date
             * @example 2030-12-31
             */
            date: string;
        };
        ScanFactsDto: {
            /** @example scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            scanId: string;
            /** @example api.example.com */
            target: string | null;
            findingCount: number;
            readiness: components["schemas"]["ReadinessDto"];
            /** @description Findings per severity. */
            bySeverity: components["schemas"]["SeverityCountsDto"];
            /** @description Backlog items per status. */
            byStatus: components["schemas"]["ItemStatusCountsDto"];
            /** @description Open items past their SLA due time (the tenant’s SLA policy). */
            slaBreaches: number;
            /** @description Findings with quantum-vulnerable cryptography. */
            quantumVulnerable: number;
            /** @description The comparison with the previous scan of the target; null when none. */
            rescan: components["schemas"]["ScanBriefRescanDto"] | null;
            /** @description The earliest dated standard deadline still ahead among the scan’s finding types; null when none. */
            nearestDeadline: components["schemas"]["DeadlineDto"] | null;
        };
        KeyRiskDto: {
            /** @example rem_001 */
            remediationId: string;
            /** @example RSA-1024 certificate */
            title: string;
            /** @enum {string} */
            severity: "critical" | "high" | "medium" | "low" | "info";
            /** @example RSA key under 2048 bits; past its remediation SLA, critical severity */
            why: string;
        };
        ScanBriefDto: {
            /** @description The scan in brief, plain text. */
            summary: string;
            /** @description What it means for the business or the engineers, plain text. */
            impact: string;
            /** @description What to do next, plain text. */
            nextSteps: string[];
            /** @description Computed from the scan, not written by a model. */
            facts: components["schemas"]["ScanFactsDto"];
            /** @description The open items that matter most: past their SLA first, then by severity, then quantum-vulnerable key exchange. */
            keyRisks: components["schemas"]["KeyRiskDto"][];
            /**
             * @description Who phrased the brief.
             * @enum {string}
             */
            source: "claude" | "offline";
            /**
             * @description The model, when source is claude.
             * @example claude-sonnet-5-5
             */
            model?: string;
            references: components["schemas"]["ReferenceDto"][];
            /** @description Answered from the cache without a new model call. */
            cached: boolean;
        };
        CreateWebhookDto: {
            /**
             * @description https only; the host must resolve to public addresses only (checked now and before every attempt).
             * @example https://hooks.example.com/pqc
             */
            url: string;
            /**
             * @description Event types to receive, or ["*"] for all.
             * @example [
             *       "remediation.changed",
             *       "remediation.verified"
             *     ]
             */
            events: ("scan.imported" | "remediation.changed" | "remediation.verified" | "remediation.reopened" | "remediation.sla_breached" | "webhook.ping" | "*")[];
            /** @example Jira bridge */
            description?: string | null;
        };
        WebhookWithSecretDto: {
            /** @example wh_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            webhookId: string;
            /** @example https://hooks.example.com/pqc */
            url: string;
            /**
             * @example [
             *       "remediation.changed"
             *     ]
             */
            events: string[];
            /** @example Jira bridge */
            description: string | null;
            /** @example true */
            enabled: boolean;
            /**
             * @description Why delivery disabled the endpoint (410 Gone, repeated abandoned deliveries).
             * @example null
             */
            disabledReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /**
             * @description Signing secret (Standard Webhooks). Shown only in this response: store it now.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookWithSecretResponseDto: {
            webhook: components["schemas"]["WebhookWithSecretDto"];
        };
        WebhookDto: {
            /** @example wh_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            webhookId: string;
            /** @example https://hooks.example.com/pqc */
            url: string;
            /**
             * @example [
             *       "remediation.changed"
             *     ]
             */
            events: string[];
            /** @example Jira bridge */
            description: string | null;
            /** @example true */
            enabled: boolean;
            /**
             * @description Why delivery disabled the endpoint (410 Gone, repeated abandoned deliveries).
             * @example null
             */
            disabledReason: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WebhookListDto: {
            /** @example 1 */
            count: number;
            webhooks: components["schemas"]["WebhookDto"][];
        };
        WebhookResponseDto: {
            webhook: components["schemas"]["WebhookDto"];
        };
        UpdateWebhookDto: {
            /**
             * @description https only; checked like at creation.
             * @example https://hooks.example.com/pqc
             */
            url?: string;
            /**
             * @example [
             *       "*"
             *     ]
             */
            events?: ("scan.imported" | "remediation.changed" | "remediation.verified" | "remediation.reopened" | "remediation.sla_breached" | "webhook.ping" | "*")[];
            /**
             * @description Re-enabling also clears disabledReason.
             * @example true
             */
            enabled?: boolean;
        };
        EventAcceptedDto: {
            /**
             * @description Sent as webhook-id.
             * @example msg_01JD3S7W1XQ2Y8M4N5P6R7T8V9
             */
            eventId: string;
        };
        DeliveryAttemptDto: {
            /** Format: date-time */
            at: string;
            /**
             * @description null: no answer.
             * @example 500
             */
            responseStatus: number | null;
            /** @example 132 */
            durationMs: number;
            /**
             * @description An excerpt of the answer or of the failure; null on success.
             * @example connect ECONNREFUSED 203.0.113.7:443
             */
            error: string | null;
        };
        DeliveryDto: {
            /** @example dlv_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            deliveryId: string;
            /** @example msg_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            eventId: string;
            /** @example remediation.changed */
            eventType: string;
            /**
             * @description pending: will be attempted; delivered: a 2xx answer; failed: stopped by a 410 Gone; abandoned: every retry failed.
             * @enum {string}
             */
            status: "pending" | "delivered" | "failed" | "abandoned";
            attempts: components["schemas"]["DeliveryAttemptDto"][];
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        DeliveryPageDto: {
            /** @example 1 */
            count: number;
            deliveries: components["schemas"]["DeliveryDto"][];
            /** @description Pass as cursor for the next page; null at the end. */
            nextCursor: string | null;
        };
        RedeliveryDto: {
            /** @example dlv_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            deliveryId: string;
            /** @example msg_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
            eventId: string;
        };
        HealthDto: {
            /** @enum {string} */
            status: "ok" | "degraded";
            /** @enum {string} */
            database: "up" | "down";
            /** @example 0.1.0 */
            version: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listTenants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantListDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Wrong admin key. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTenantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Wrong admin key. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A tenant with this id exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 409,
                     *       "error": "conflict",
                     *       "message": "Tenant \"acme\" already exists.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listTenantKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyListDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Wrong admin key. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Tenant not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    issueTenantKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenant_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedKeyDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Wrong admin key. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Tenant not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The tenant has MAX_ACTIVE_KEYS_PER_TENANT active keys already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 409,
                     *       "error": "conflict",
                     *       "message": "Tenant \"acme\" already exists.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedKeyDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Wrong admin key. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown key. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "API key not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A body was sent over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A body was sent and is not valid JSON. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyListDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    issueApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedKeyDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The tenant has MAX_ACTIVE_KEYS_PER_TENANT active keys already. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 409,
                     *       "error": "conflict",
                     *       "message": "Tenant \"acme\" already exists.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedKeyDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such key in this tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "API key not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A body was sent over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A body was sent and is not valid JSON. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description Items per page, 1–200. */
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPageDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid `limit` or `cursor`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listScans: {
        parameters: {
            query?: {
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanListDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    importScan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportScanDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanResponseDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the operator role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The `baselineScanId` names no scan of this tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getScan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanResponseDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listRemediation: {
        parameters: {
            query?: {
                /** @description Any of these statuses: repeat the parameter, or separate values with commas. */
                status?: ("open" | "in_progress" | "blocked" | "done" | "accepted_risk" | "false_positive")[];
                /** @description Any of these severities: repeat the parameter, or separate values with commas. */
                severity?: ("critical" | "high" | "medium" | "low" | "info")[];
                /** @description Only items with exactly this owner. */
                owner?: string;
                /** @description Only items past their target date and not closed (or only the others). */
                overdue?: "true" | "false";
                /** @description Items per page, 1–200. */
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                scan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemediationQueueDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown scan (or another tenant’s). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid filter, `limit` or `cursor`; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    upsertRemediation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Expected current version (2, "2" or *); 412 when it differs. */
                "If-Match"?: string;
            };
            path: {
                scan_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpsertRemediationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The item version, quoted: send it back as If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemediationItemResponseDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the operator role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown scan (or another tenant’s) or unknown remediationId. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The item was superseded by a rescan; detail names the current scanId and remediationId. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 409,
                     *       "error": "conflict",
                     *       "message": "Tenant \"acme\" already exists.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description If-Match does not match the current version. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "error": "precondition_failed",
                     *       "message": "If-Match \"2\" does not match the current version 3.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getRemediationItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scan_id: string;
                remediation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The item version, quoted: send it back as If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RemediationItemResponseDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown scan or item (or another tenant’s). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listRemediationHistory: {
        parameters: {
            query?: {
                /** @description Items per page, 1–500. */
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                scan_id: string;
                remediation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HistoryDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown scan or item (or another tenant’s). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid `limit` or `cursor`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listRescanChanges: {
        parameters: {
            query?: {
                /** @description Only this kind of change; all when absent. */
                change?: "new" | "carried" | "fixed" | "reopened" | "notObserved";
                /** @description Items per page, 1–200. */
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                scan_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RescanChangesDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown scan (or another tenant’s). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Bad change, limit or cursor. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    verifyRemediation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Expected current version of the item; 412 when it differs. */
                "If-Match"?: string;
            };
            path: {
                scan_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyRemediationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The item version, quoted. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyResultDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the operator role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown scan, item or verify scan (or another tenant’s). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The item was superseded by a rescan; detail names the current scanId and remediationId. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 409,
                     *       "error": "conflict",
                     *       "message": "Tenant \"acme\" already exists.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description If-Match does not match the current version. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "error": "precondition_failed",
                     *       "message": "If-Match \"2\" does not match the current version 3.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listBacklog: {
        parameters: {
            query?: {
                /** @description Comma-separated: open, in_progress, blocked, done, accepted_risk, false_positive */
                status?: string[];
                /** @description Comma-separated: critical, high, medium, low, info */
                severity?: string[];
                /** @description Exact owner. */
                owner?: string;
                /** @description Items of scans of this target, compared trimmed, lower-case, without a trailing dot. */
                target?: string;
                /** @description Items of one scan. */
                scanId?: string;
                /** @description Only items past their target date and not closed (or only the others). */
                overdue?: "true" | "false";
                /** @description Comma-separated: within, due_soon, breached, met, missed, exempt */
                slaState?: string[];
                /** @description Comma-separated verification states: none, pending, confirmed, failed (none = not verified yet) */
                verification?: string[];
                /** @description Only regressions (or only the others). */
                regression?: "true" | "false";
                /** @description position: scans oldest first, then finding order; slaDueAt: soonest due first, items without SLA last; severity: critical first; updatedAt: most recently changed first. Ties follow position. */
                sort?: "position" | "slaDueAt" | "severity" | "updatedAt";
                /** @description Items per page, 1–200. */
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BacklogPageDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown filter values, a limit outside 1–200, or a cursor not from this sort. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    exportBacklog: {
        parameters: {
            query: {
                /** @description Comma-separated: open, in_progress, blocked, done, accepted_risk, false_positive */
                status?: string[];
                /** @description Comma-separated: critical, high, medium, low, info */
                severity?: string[];
                /** @description Exact owner. */
                owner?: string;
                /** @description Items of scans of this target, compared trimmed, lower-case, without a trailing dot. */
                target?: string;
                /** @description Items of one scan. */
                scanId?: string;
                /** @description Only items past their target date and not closed (or only the others). */
                overdue?: "true" | "false";
                /** @description Comma-separated: within, due_soon, breached, met, missed, exempt */
                slaState?: string[];
                /** @description Comma-separated verification states: none, pending, confirmed, failed (none = not verified yet) */
                verification?: string[];
                /** @description Only regressions (or only the others). */
                regression?: "true" | "false";
                /** @description position: scans oldest first, then finding order; slaDueAt: soonest due first, items without SLA last; severity: critical first; updatedAt: most recently changed first. Ties follow position. */
                sort?: "position" | "slaDueAt" | "severity" | "updatedAt";
                format: "csv" | "ndjson";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, streamed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example scanId,remediationId,findingId
                     *     scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9,rem_001,f_001
                     */
                    "text/csv": string;
                    /** @example {"remediationId":"rem_001","scanId":"scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9"} */
                    "application/x-ndjson": string;
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorEnvelope"];
                    "application/x-ndjson": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description format missing or unknown, or an unknown filter value. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorEnvelope"];
                    "application/x-ndjson": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorEnvelope"];
                    "application/x-ndjson": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorEnvelope"];
                    "application/x-ndjson": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorEnvelope"];
                    "application/x-ndjson": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    bulkUpdateRemediation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResponseDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the operator role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Atomic mode: some items cannot take the change; detail has {field: "items[i]", message} for each. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 409,
                     *       "error": "conflict",
                     *       "message": "Tenant \"acme\" already exists.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getSlaPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description The policy version, quoted ("0" while the defaults apply). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateSlaPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Expected current version ("3" or 3); 412 when it differs. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSlaPolicyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    /** @description The policy version, quoted ("0" while the defaults apply). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description If-Match does not match the current version. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "error": "precondition_failed",
                     *       "message": "If-Match \"2\" does not match the current version 3.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getSlaReport: {
        parameters: {
            query?: {
                /** @description Only items of scans of this target (trimmed, lower-case, no trailing dot). */
                target?: string;
                /** @description Read every current item’s clock at this moment (past or future), with its present status. Default: now. */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaReportDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description asOf is not a date-time. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    explainFinding: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExplainRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExplanationDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A referenced finding ({id, scanId}) does not exist in this tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Finding not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    explainScan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExplainScanRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanBriefDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The scan does not exist in this tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Finding not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookListDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponseDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The tenant has 10 endpoints. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 409,
                     *       "error": "conflict",
                     *       "message": "Tenant \"acme\" already exists.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable, or DATA_ENCRYPTION_KEY is not set on a server database (the message names it). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponseDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such webhook in this tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such webhook in this tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A body was sent over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A body was sent and is not valid JSON. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponseDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such webhook in this tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponseDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such webhook in this tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A body was sent over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A body was sent and is not valid JSON. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable, or DATA_ENCRYPTION_KEY is not set on a server database (the message names it). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventAcceptedDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such webhook in this tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A body was sent over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A body was sent and is not valid JSON. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                status?: "pending" | "delivered" | "failed" | "abandoned";
                /** @description Items per page, 1–100. */
                limit?: number;
                /** @description nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                webhook_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPageDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such webhook in this tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Bad status, limit or cursor. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                webhook_id: string;
                delivery_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedeliveryDto"];
                };
            };
            /** @description Missing, unknown, expired or revoked key. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "error": "unauthorized",
                     *       "message": "A valid API key is required.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "error": "forbidden",
                     *       "message": "This API key is not allowed to do that.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such webhook or delivery in this tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "error": "not_found",
                     *       "message": "Scan not found.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A body was sent over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 413,
                     *       "error": "payload_too_large",
                     *       "message": "Request body is too large.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A body was sent and is not valid JSON. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 422,
                     *       "error": "unprocessable_entity",
                     *       "message": "Request body is invalid.",
                     *       "detail": [
                     *         {
                     *           "field": "status",
                     *           "message": "status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive"
                     *         }
                     *       ],
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 429,
                     *       "error": "too_many_requests",
                     *       "message": "Rate limit exceeded; retry later.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "error": "internal_error",
                     *       "message": "An unexpected error occurred. Quote the requestId when reporting it.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "error": "service_unavailable",
                     *       "message": "The database is unavailable; retry shortly.",
                     *       "requestId": "req_01JD3S7W1XQ2Y8M4N5P6R7T8V9"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description The database is unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
}
