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
            /**
             * @description Related asset; must match the item's asset.
             * @example api-edge-01
             */
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
            from: (string | null) | number | boolean | {
                [key: string]: unknown;
            };
            /** @example in_progress */
            to: (string | null) | number | boolean | {
                [key: string]: unknown;
            };
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
            /** @description The item was superseded by a rescan; detail names the current scanId and remediationId. */
            409: {
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
    listRescanChanges: {
        parameters: {
            query?: {
                /** @description Only this kind of change; all when absent. */
                change?: "new" | "carried" | "fixed" | "reopened" | "notObserved";
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
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown scan (or another tenant’s). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Bad change, limit or cursor. */
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
            /** @description Unknown scan, item or verify scan (or another tenant’s). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The item was superseded by a rescan; detail names the current scanId and remediationId. */
            409: {
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
