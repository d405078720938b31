// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.

export interface paths {
    "/admin/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tenants. */
        get: operations["AdminController_listTenants"];
        put?: never;
        /** Create a tenant. */
        post: operations["AdminController_createTenant"];
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
        /** List a tenant's API keys (never their secrets). */
        get: operations["AdminController_listKeys"];
        put?: never;
        /** Issue an API key for a tenant. The secret is returned once. */
        post: operations["AdminController_issueKey"];
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
        /** Revoke an API key. Repeating it is harmless. */
        delete: operations["AdminController_revokeKey"];
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
        /** List the caller's tenant's keys. */
        get: operations["TenantApiKeysController_list"];
        put?: never;
        /** Issue a key for the caller's tenant. The secret is returned once. */
        post: operations["TenantApiKeysController_issue"];
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
        /** Revoke one of the tenant's keys. Repeating it is harmless. */
        delete: operations["TenantApiKeysController_revoke"];
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
        /** The tenant's audit log, newest first. */
        get: operations["AuditController_page"];
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
        /** The tenant's scans, newest first. */
        get: operations["ScansController_list"];
        put?: never;
        /**
         * Import a finished scan (native findings or a CycloneDX 1.6 CBOM).
         * @description Creates one remediation backlog item per finding (rem_001, rem_002, ... in finding order, status open). At most 5,000 findings; body up to 10 MiB. A rejected import stores nothing.
         */
        post: operations["ScansController_import"];
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
        /** A scan with its findings and a remediation summary. */
        get: operations["ScansController_detail"];
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
        /** The backlog of a scan with current status, in finding order, filtered and paged. */
        get: operations["RemediationController_queue"];
        put?: never;
        /**
         * Create or update remediation ownership, status, notes, and target date.
         * @description Fields left out keep their values; null clears owner, notes and targetDate. accepted_risk and false_positive need notes as the justification. Every accepted change bumps version (also the ETag) and appends a history entry; a request that changes nothing does neither.
         */
        post: operations["RemediationController_upsert"];
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
        /** One backlog item. */
        get: operations["RemediationController_item"];
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
        /** Every accepted change of an item, oldest first. */
        get: operations["RemediationController_history"];
        put?: never;
        post?: never;
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
         * @description Claude writes the answer when configured (source "claude"); otherwise, or when the model fails in any way, the built-in expert explainer does (source "offline"). Identical requests within a tenant are answered from a cache (cached: true). Limited per key by AI_RATE_LIMIT_PER_MINUTE.
         */
        post: operations["AiController_explain"];
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
        /** Liveness and database reachability. 503 while the database is down. */
        get: operations["HealthController_health"];
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
             * @description Must lie in the future.
             * @example 2027-06-30T00:00:00Z
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
            /** @example key_01JD3S7W1XQ2Y8M4N5P6R7T8V9 */
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
            /**
             * @description Related asset; must match the item's asset.
             * @example api-edge-01
             */
            assetId?: string;
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
            slaClockStartAt?: string;
            /**
             * Format: date-time
             * @description Clock start + the severity’s days × 24 h; null when the severity has no SLA.
             */
            slaDueAt?: string | null;
            /**
             * @description Whole days left, rounded down, negative once breached; null when exempt, met or missed.
             * @example 3
             */
            slaDaysRemaining?: number | null;
            /**
             * @description Computed when read from the tenant’s SLA policy, so a policy change applies at once.
             * @example within
             * @enum {string}
             */
            slaState?: "within" | "due_soon" | "breached" | "met" | "missed" | "exempt";
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
        };
        HistoryDto: {
            /** @example 1 */
            count: number;
            entries: components["schemas"]["HistoryEntryDto"][];
            nextCursor: string | null;
        };
        FieldChangeDto: {
            /** @example open */
            from: (string | null) | number | boolean | Record<string, never>;
            /** @example in_progress */
            to: (string | null) | number | boolean | Record<string, never>;
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
    AdminController_listTenants: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Wrong admin key. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    AdminController_createTenant: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Wrong admin key. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A tenant with this id exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    AdminController_listKeys: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Wrong admin key. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    AdminController_issueKey: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Wrong admin key. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    AdminController_revokeKey: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Wrong admin key. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown key. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    TenantApiKeysController_list: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    TenantApiKeysController_issue: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    TenantApiKeysController_revoke: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such key in this tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    AuditController_page: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    ScansController_list: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    ScansController_import: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the operator role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    ScansController_detail: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RemediationController_queue: {
        parameters: {
            query?: {
                /** @description Comma-separated: open, in_progress, blocked, done, accepted_risk, false_positive */
                status?: string[];
                /** @description Comma-separated: critical, high, medium, low, info */
                severity?: string[];
                owner?: string;
                /** @description Only items past their target date and not closed (or only the others). */
                overdue?: "true" | "false";
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RemediationController_upsert: {
        parameters: {
            query?: never;
            header?: {
                /** @description Expected current version; 412 when it differs. */
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
                    /** @description The item version, quoted. */
                    ETag?: unknown;
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the operator role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown scan (or another tenant’s) or unknown remediationId. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description If-Match does not match the current version. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RemediationController_item: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RemediationController_history: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown filter values, a limit outside 1–200, or a cursor not from this sort. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the operator role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Atomic mode: some items cannot take the change; detail has {field: "items[i]", message} for each. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Requires the admin role or higher. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description If-Match does not match the current version. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description asOf is not a date-time. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    AiController_explain: {
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A referenced finding ({id, scanId}) does not exist in this tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body over the size limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Invalid JSON, wrong types, unknown fields or values; `detail` lists each field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Rate limit exceeded; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unexpected failure; the body says nothing of internals. Quote the requestId. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unreachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    HealthController_health: {
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
