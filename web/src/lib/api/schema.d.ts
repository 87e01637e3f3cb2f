/**
 * Generated from the server's OpenAPI document by `npm run gen:api` (scripts/gen-api.ts): do not
 * edit. Name these types through web/src/lib/api/types.ts.
 */

export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            database: "sqlite" | "postgres";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Job"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                        name: string;
                        /** @enum {string} */
                        language?: "fr" | "nl" | "en" | "de";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                        totpCode?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthResponse"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                            memberships: components["schemas"]["Membership"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        language?: "fr" | "nl" | "en" | "de";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["User"];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Accepted */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Accepted */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TotpSetup"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["CompanyWithRole"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        legalName?: string | null;
                        country: string;
                        vatNumber?: string | null;
                        enterpriseNumber?: string | null;
                        address?: {
                            line1?: string | null;
                            line2?: string | null;
                            postalCode?: string | null;
                            city?: string | null;
                            country?: string | null;
                        };
                        email?: string | null;
                        phone?: string | null;
                        iban?: string | null;
                        bic?: string | null;
                        currency?: string;
                        /** @default Europe/Brussels */
                        timezone?: string;
                        /** @enum {string} */
                        paymentReferenceKind?: "be-ogm" | "rf";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Company"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Company"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        legalName?: string | null;
                        country?: string;
                        vatNumber?: string | null;
                        enterpriseNumber?: string | null;
                        address?: {
                            line1?: string | null;
                            line2?: string | null;
                            postalCode?: string | null;
                            city?: string | null;
                            country?: string | null;
                        };
                        email?: string | null;
                        phone?: string | null;
                        iban?: string | null;
                        bic?: string | null;
                        currency?: string;
                        timezone?: string;
                        /** @enum {string} */
                        paymentReferenceKind?: "be-ogm" | "rf";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Company"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{companyId}/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** @description Raw PNG, JPEG or WebP bytes, at most 2 MB. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Member"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "owner" | "admin" | "accountant" | "sales" | "readonly";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Invitation"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "accountant" | "sales" | "readonly";
                        /** @enum {string} */
                        language?: "fr" | "nl" | "en" | "de";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitationCreated"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    invitationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvitationPreview"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            companyId: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "accountant" | "sales" | "readonly";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditEntry"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    role?: "customer" | "supplier";
                    type?: "company" | "person";
                    tag?: string;
                    archived?: "false" | "true" | "all";
                    sort?: "name" | "-name" | "createdAt" | "-createdAt";
                    limit?: number;
                    cursor?: string;
                    delimiter?: "comma" | "semicolon";
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Contact"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        roles: ("customer" | "supplier")[];
                        /**
                         * @default company
                         * @enum {string}
                         */
                        type?: "company" | "person";
                        name: string;
                        legalName?: string | null;
                        vatNumber?: string | null;
                        enterpriseNumber?: string | null;
                        emails?: string[];
                        phone?: string | null;
                        website?: string | null;
                        /**
                         * @default fr
                         * @enum {string}
                         */
                        language?: "fr" | "nl" | "en" | "de";
                        paymentTermsDays?: number | null;
                        currency?: string | null;
                        iban?: string | null;
                        bic?: string | null;
                        peppolId?: string | null;
                        /**
                         * @description How its invoices and credit notes are sent by default (the send dialog preselects it)
                         * @default auto
                         * @enum {string}
                         */
                        deliveryPreference?: "auto" | "peppol" | "email";
                        address?: {
                            line1?: string | null;
                            line2?: string | null;
                            postalCode?: string | null;
                            city?: string | null;
                            country?: string | null;
                        };
                        deliveryAddress?: {
                            line1?: string | null;
                            line2?: string | null;
                            postalCode?: string | null;
                            city?: string | null;
                            country?: string | null;
                        } | null;
                        /** @default [] */
                        tags?: string[];
                        notes?: string | null;
                        /** @default false */
                        archived?: boolean;
                        persons?: {
                            name: string;
                            role?: string | null;
                            email?: string | null;
                            phone?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        roles?: ("customer" | "supplier")[];
                        /** @enum {string} */
                        type?: "company" | "person";
                        name?: string;
                        legalName?: string | null;
                        vatNumber?: string | null;
                        enterpriseNumber?: string | null;
                        emails?: string[];
                        phone?: string | null;
                        website?: string | null;
                        /** @enum {string} */
                        language?: "fr" | "nl" | "en" | "de";
                        paymentTermsDays?: number | null;
                        currency?: string | null;
                        iban?: string | null;
                        bic?: string | null;
                        peppolId?: string | null;
                        /** @enum {string} */
                        deliveryPreference?: "auto" | "peppol" | "email";
                        address?: {
                            line1?: string | null;
                            line2?: string | null;
                            postalCode?: string | null;
                            city?: string | null;
                            country?: string | null;
                        };
                        deliveryAddress?: {
                            line1?: string | null;
                            line2?: string | null;
                            postalCode?: string | null;
                            city?: string | null;
                            country?: string | null;
                        } | null;
                        tags?: string[];
                        notes?: string | null;
                        archived?: boolean;
                        persons?: {
                            name: string;
                            role?: string | null;
                            email?: string | null;
                            phone?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Unit"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/vat-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VatRates"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rates: {
                            rate: string;
                            /** @enum {string} */
                            category: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                        }[] | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VatRates"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Category"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        parentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Category"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/categories/{categoryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    categoryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    categoryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        parentId?: string | null;
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Category"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{companyId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    categoryId?: string;
                    includeSubcategories?: "true" | "false";
                    kind?: "product" | "service";
                    archived?: "false" | "true" | "all";
                    sort?: "name" | "-name" | "sku" | "-sku" | "createdAt" | "-createdAt" | "unitPrice" | "-unitPrice";
                    lang?: "fr" | "nl" | "en" | "de";
                    delimiter?: "comma" | "semicolon";
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Product"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: {
                    lang?: "fr" | "nl" | "en" | "de";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default product
                         * @enum {string}
                         */
                        kind?: "product" | "service";
                        sku?: string;
                        names: {
                            fr?: string;
                            nl?: string;
                            en?: string;
                            de?: string;
                        };
                        descriptions?: {
                            fr?: string | null;
                            nl?: string | null;
                            en?: string | null;
                            de?: string | null;
                        };
                        unitCode?: string;
                        unitPrice: string;
                        currency?: string;
                        vatRate?: string;
                        /** @enum {string} */
                        vatCategory?: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                        categoryId?: string | null;
                        /** @default false */
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    lang?: "fr" | "nl" | "en" | "de";
                };
                header?: never;
                path: {
                    companyId: string;
                    productId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    productId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: {
                    lang?: "fr" | "nl" | "en" | "de";
                };
                header?: never;
                path: {
                    companyId: string;
                    productId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "product" | "service";
                        sku?: string;
                        names?: {
                            fr?: string | null;
                            nl?: string | null;
                            en?: string | null;
                            de?: string | null;
                        };
                        descriptions?: {
                            fr?: string | null;
                            nl?: string | null;
                            en?: string | null;
                            de?: string | null;
                        };
                        unitCode?: string;
                        unitPrice?: string;
                        currency?: string;
                        vatRate?: string;
                        /** @enum {string} */
                        vatCategory?: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                        categoryId?: string | null;
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Product"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{companyId}/contacts/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Uploads a CSV file (the request body, `Content-Type: text/csv`): UTF-8 with or without BOM, UTF-16 LE with BOM or Windows-1252; comma, semicolon, tab or vertical bar. Answers the detected settings, the headers, a preview and a suggested mapping. */
        post: {
            parameters: {
                query?: {
                    filename?: string;
                    delimiter?: "comma" | "semicolon" | "tab" | "pipe";
                    encoding?: "utf-8" | "windows-1252" | "utf-16le";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Import"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/contacts/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Import"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        delimiter?: "comma" | "semicolon" | "tab" | "pipe";
                        /** @enum {string} */
                        encoding?: "utf-8" | "windows-1252" | "utf-16le";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Import"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{companyId}/contacts/imports/{importId}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        mapping: {
                            [key: string]: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportValidation"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/contacts/imports/{importId}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        mapping: {
                            [key: string]: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Import"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/products/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Uploads a CSV file (the request body, `Content-Type: text/csv`): UTF-8 with or without BOM, UTF-16 LE with BOM or Windows-1252; comma, semicolon, tab or vertical bar. Answers the detected settings, the headers, a preview and a suggested mapping. */
        post: {
            parameters: {
                query?: {
                    filename?: string;
                    delimiter?: "comma" | "semicolon" | "tab" | "pipe";
                    encoding?: "utf-8" | "windows-1252" | "utf-16le";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Import"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/products/imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Import"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        delimiter?: "comma" | "semicolon" | "tab" | "pipe";
                        /** @enum {string} */
                        encoding?: "utf-8" | "windows-1252" | "utf-16le";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Import"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{companyId}/products/imports/{importId}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        mapping: {
                            [key: string]: string | null;
                        };
                        /**
                         * @default reject
                         * @enum {string}
                         */
                        existing?: "reject" | "update";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportValidation"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/products/imports/{importId}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    importId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        mapping: {
                            [key: string]: string | null;
                        };
                        /**
                         * @default reject
                         * @enum {string}
                         */
                        existing?: "reject" | "update";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Import"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    /** @description One status or several separated by commas */
                    status?: string;
                    contactId?: string;
                    from?: string;
                    to?: string;
                    overdue?: "true" | "false";
                    sort?: "date" | "-date" | "number" | "-number";
                    limit?: number;
                    cursor?: string;
                    delimiter?: "comma" | "semicolon";
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DocumentSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactId?: string | null;
                        subject?: string | null;
                        buyerReference?: string | null;
                        /** @enum {string} */
                        language?: "fr" | "nl" | "en" | "de";
                        currency?: string;
                        /** @description For a document in another currency than the company's: units of the company's currency for one unit of the document's (USD invoice of a euro company: 0.92). Its VAT is then also stated in the company's currency */
                        exchangeRate?: string | null;
                        pricesIncludeVat?: boolean;
                        discountPercent?: string;
                        issueDate?: string;
                        dueDate?: string | null;
                        /** @description Date of supply (EN 16931 BT-72): when the goods or services were supplied. Printed, as "Date de livraison / prestation", only when it differs from the issue date */
                        deliveryDate?: string | null;
                        validUntil?: string | null;
                        paymentTermsDays?: number | null;
                        notes?: string | null;
                        conditions?: string | null;
                        lines?: {
                            productId?: string | null;
                            sourceLineId?: string | null;
                            description?: string;
                            quantity: string;
                            unitCode?: string;
                            unitPrice?: string;
                            discountPercent?: string;
                            /** @enum {string} */
                            vatCategory?: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                            vatRate?: string;
                            exemptionReason?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/quotes/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count and totals of the documents a list filter selects */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    /** @description One status or several separated by commas */
                    status?: string;
                    contactId?: string;
                    from?: string;
                    to?: string;
                    overdue?: "true" | "false";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentListTotals"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/quotes/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactId?: string | null;
                        subject?: string | null;
                        buyerReference?: string | null;
                        /** @enum {string} */
                        language?: "fr" | "nl" | "en" | "de";
                        currency?: string;
                        /** @description For a document in another currency than the company's: units of the company's currency for one unit of the document's (USD invoice of a euro company: 0.92). Its VAT is then also stated in the company's currency */
                        exchangeRate?: string | null;
                        pricesIncludeVat?: boolean;
                        discountPercent?: string;
                        issueDate?: string;
                        dueDate?: string | null;
                        /** @description Date of supply (EN 16931 BT-72): when the goods or services were supplied. Printed, as "Date de livraison / prestation", only when it differs from the issue date */
                        deliveryDate?: string | null;
                        validUntil?: string | null;
                        paymentTermsDays?: number | null;
                        notes?: string | null;
                        conditions?: string | null;
                        lines?: {
                            productId?: string | null;
                            sourceLineId?: string | null;
                            description?: string;
                            quantity: string;
                            unitCode?: string;
                            unitPrice?: string;
                            discountPercent?: string;
                            /** @enum {string} */
                            vatCategory?: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                            vatRate?: string;
                            exemptionReason?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{companyId}/quotes/{documentId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/quotes/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Several drafts at once, numbered in the order given: all of them, or none */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        issueDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                number: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/quotes/{documentId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/quotes/{documentId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    /** @description One status or several separated by commas */
                    status?: string;
                    contactId?: string;
                    from?: string;
                    to?: string;
                    overdue?: "true" | "false";
                    sort?: "date" | "-date" | "number" | "-number";
                    limit?: number;
                    cursor?: string;
                    delimiter?: "comma" | "semicolon";
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DocumentSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactId?: string | null;
                        subject?: string | null;
                        buyerReference?: string | null;
                        /** @enum {string} */
                        language?: "fr" | "nl" | "en" | "de";
                        currency?: string;
                        /** @description For a document in another currency than the company's: units of the company's currency for one unit of the document's (USD invoice of a euro company: 0.92). Its VAT is then also stated in the company's currency */
                        exchangeRate?: string | null;
                        pricesIncludeVat?: boolean;
                        discountPercent?: string;
                        issueDate?: string;
                        dueDate?: string | null;
                        /** @description Date of supply (EN 16931 BT-72): when the goods or services were supplied. Printed, as "Date de livraison / prestation", only when it differs from the issue date */
                        deliveryDate?: string | null;
                        validUntil?: string | null;
                        paymentTermsDays?: number | null;
                        notes?: string | null;
                        conditions?: string | null;
                        lines?: {
                            productId?: string | null;
                            sourceLineId?: string | null;
                            description?: string;
                            quantity: string;
                            unitCode?: string;
                            unitPrice?: string;
                            discountPercent?: string;
                            /** @enum {string} */
                            vatCategory?: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                            vatRate?: string;
                            exemptionReason?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/orders/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count and totals of the documents a list filter selects */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    /** @description One status or several separated by commas */
                    status?: string;
                    contactId?: string;
                    from?: string;
                    to?: string;
                    overdue?: "true" | "false";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentListTotals"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/orders/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactId?: string | null;
                        subject?: string | null;
                        buyerReference?: string | null;
                        /** @enum {string} */
                        language?: "fr" | "nl" | "en" | "de";
                        currency?: string;
                        /** @description For a document in another currency than the company's: units of the company's currency for one unit of the document's (USD invoice of a euro company: 0.92). Its VAT is then also stated in the company's currency */
                        exchangeRate?: string | null;
                        pricesIncludeVat?: boolean;
                        discountPercent?: string;
                        issueDate?: string;
                        dueDate?: string | null;
                        /** @description Date of supply (EN 16931 BT-72): when the goods or services were supplied. Printed, as "Date de livraison / prestation", only when it differs from the issue date */
                        deliveryDate?: string | null;
                        validUntil?: string | null;
                        paymentTermsDays?: number | null;
                        notes?: string | null;
                        conditions?: string | null;
                        lines?: {
                            productId?: string | null;
                            sourceLineId?: string | null;
                            description?: string;
                            quantity: string;
                            unitCode?: string;
                            unitPrice?: string;
                            discountPercent?: string;
                            /** @enum {string} */
                            vatCategory?: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                            vatRate?: string;
                            exemptionReason?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{companyId}/orders/{documentId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/orders/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Several drafts at once, numbered in the order given: all of them, or none */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        issueDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                number: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/orders/{documentId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        issueDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/orders/{documentId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    /** @description One status or several separated by commas */
                    status?: string;
                    contactId?: string;
                    from?: string;
                    to?: string;
                    overdue?: "true" | "false";
                    sort?: "date" | "-date" | "number" | "-number";
                    limit?: number;
                    cursor?: string;
                    delimiter?: "comma" | "semicolon";
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DocumentSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactId?: string | null;
                        subject?: string | null;
                        buyerReference?: string | null;
                        /** @enum {string} */
                        language?: "fr" | "nl" | "en" | "de";
                        currency?: string;
                        /** @description For a document in another currency than the company's: units of the company's currency for one unit of the document's (USD invoice of a euro company: 0.92). Its VAT is then also stated in the company's currency */
                        exchangeRate?: string | null;
                        pricesIncludeVat?: boolean;
                        discountPercent?: string;
                        issueDate?: string;
                        dueDate?: string | null;
                        /** @description Date of supply (EN 16931 BT-72): when the goods or services were supplied. Printed, as "Date de livraison / prestation", only when it differs from the issue date */
                        deliveryDate?: string | null;
                        validUntil?: string | null;
                        paymentTermsDays?: number | null;
                        notes?: string | null;
                        conditions?: string | null;
                        lines?: {
                            productId?: string | null;
                            sourceLineId?: string | null;
                            description?: string;
                            quantity: string;
                            unitCode?: string;
                            unitPrice?: string;
                            discountPercent?: string;
                            /** @enum {string} */
                            vatCategory?: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                            vatRate?: string;
                            exemptionReason?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count and totals of the documents a list filter selects */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    /** @description One status or several separated by commas */
                    status?: string;
                    contactId?: string;
                    from?: string;
                    to?: string;
                    overdue?: "true" | "false";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentListTotals"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactId?: string | null;
                        subject?: string | null;
                        buyerReference?: string | null;
                        /** @enum {string} */
                        language?: "fr" | "nl" | "en" | "de";
                        currency?: string;
                        /** @description For a document in another currency than the company's: units of the company's currency for one unit of the document's (USD invoice of a euro company: 0.92). Its VAT is then also stated in the company's currency */
                        exchangeRate?: string | null;
                        pricesIncludeVat?: boolean;
                        discountPercent?: string;
                        issueDate?: string;
                        dueDate?: string | null;
                        /** @description Date of supply (EN 16931 BT-72): when the goods or services were supplied. Printed, as "Date de livraison / prestation", only when it differs from the issue date */
                        deliveryDate?: string | null;
                        validUntil?: string | null;
                        paymentTermsDays?: number | null;
                        notes?: string | null;
                        conditions?: string | null;
                        lines?: {
                            productId?: string | null;
                            sourceLineId?: string | null;
                            description?: string;
                            quantity: string;
                            unitCode?: string;
                            unitPrice?: string;
                            discountPercent?: string;
                            /** @enum {string} */
                            vatCategory?: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                            vatRate?: string;
                            exemptionReason?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{documentId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Several drafts at once, numbered in the order given: all of them, or none */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        issueDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                number: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{documentId}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        issueDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{documentId}/mark-sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    /** @description One status or several separated by commas */
                    status?: string;
                    contactId?: string;
                    from?: string;
                    to?: string;
                    overdue?: "true" | "false";
                    sort?: "date" | "-date" | "number" | "-number";
                    limit?: number;
                    cursor?: string;
                    delimiter?: "comma" | "semicolon";
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DocumentSummary"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactId?: string | null;
                        subject?: string | null;
                        buyerReference?: string | null;
                        /** @enum {string} */
                        language?: "fr" | "nl" | "en" | "de";
                        currency?: string;
                        /** @description For a document in another currency than the company's: units of the company's currency for one unit of the document's (USD invoice of a euro company: 0.92). Its VAT is then also stated in the company's currency */
                        exchangeRate?: string | null;
                        pricesIncludeVat?: boolean;
                        discountPercent?: string;
                        issueDate?: string;
                        dueDate?: string | null;
                        /** @description Date of supply (EN 16931 BT-72): when the goods or services were supplied. Printed, as "Date de livraison / prestation", only when it differs from the issue date */
                        deliveryDate?: string | null;
                        validUntil?: string | null;
                        paymentTermsDays?: number | null;
                        notes?: string | null;
                        conditions?: string | null;
                        lines?: {
                            productId?: string | null;
                            sourceLineId?: string | null;
                            description?: string;
                            quantity: string;
                            unitCode?: string;
                            unitPrice?: string;
                            discountPercent?: string;
                            /** @enum {string} */
                            vatCategory?: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                            vatRate?: string;
                            exemptionReason?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count and totals of the documents a list filter selects */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    /** @description One status or several separated by commas */
                    status?: string;
                    contactId?: string;
                    from?: string;
                    to?: string;
                    overdue?: "true" | "false";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentListTotals"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactId?: string | null;
                        subject?: string | null;
                        buyerReference?: string | null;
                        /** @enum {string} */
                        language?: "fr" | "nl" | "en" | "de";
                        currency?: string;
                        /** @description For a document in another currency than the company's: units of the company's currency for one unit of the document's (USD invoice of a euro company: 0.92). Its VAT is then also stated in the company's currency */
                        exchangeRate?: string | null;
                        pricesIncludeVat?: boolean;
                        discountPercent?: string;
                        issueDate?: string;
                        dueDate?: string | null;
                        /** @description Date of supply (EN 16931 BT-72): when the goods or services were supplied. Printed, as "Date de livraison / prestation", only when it differs from the issue date */
                        deliveryDate?: string | null;
                        validUntil?: string | null;
                        paymentTermsDays?: number | null;
                        notes?: string | null;
                        conditions?: string | null;
                        lines?: {
                            productId?: string | null;
                            sourceLineId?: string | null;
                            description?: string;
                            quantity: string;
                            unitCode?: string;
                            unitPrice?: string;
                            discountPercent?: string;
                            /** @enum {string} */
                            vatCategory?: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                            vatRate?: string;
                            exemptionReason?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/{documentId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Several drafts at once, numbered in the order given: all of them, or none */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                        issueDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                number: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/{documentId}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        issueDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/{documentId}/mark-sent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/quotes/{documentId}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/quotes/{documentId}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "full";
                    } | {
                        /** @enum {string} */
                        type: "deposit";
                        percent?: string;
                        /** @description Including VAT */
                        amount?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/orders/{documentId}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "full";
                    } | {
                        /** @enum {string} */
                        type: "deposit";
                        percent?: string;
                        /** @description Including VAT */
                        amount?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{documentId}/credit-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "full";
                        reason?: string;
                    } | {
                        /** @enum {string} */
                        mode: "lines";
                        lines: {
                            lineId: string;
                            quantity?: string;
                        }[];
                        reason?: string;
                    } | {
                        /** @enum {string} */
                        mode: "amount";
                        /** @description Including VAT */
                        amount: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/documents/calculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency: string;
                        /** @default false */
                        pricesIncludeVat?: boolean;
                        discountPercent?: string;
                        lines: {
                            quantity: string;
                            unitPrice: string;
                            discountPercent?: string;
                            /** @enum {string} */
                            vatCategory: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                            vatRate: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentCalculation"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/documents/chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChainVerification"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/document-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentSettings"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        numberFormats?: {
                            quote?: string;
                            order?: string;
                            invoice?: string;
                            credit_note?: string;
                        };
                        paymentTermsDays?: number;
                        quoteValidityDays?: number;
                        /** @enum {string} */
                        vatRegime?: "standard" | "franchise";
                        /** @enum {string} */
                        paymentReferenceKind?: "be-ogm" | "rf";
                        /** @enum {string} */
                        pdfTemplate?: "classic" | "modern";
                        accentColor?: string | null;
                        /** @enum {string} */
                        mailAttachment?: "pdf" | "facturx";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentSettings"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{documentId}/ubl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** UBL 2.1 e-invoice (Peppol BIS Billing 3.0), validated against the official rules */
        get: {
            parameters: {
                query?: {
                    /** @description peppol: Peppol BIS Billing 3.0 (default); ublbe: the Belgian UBL.BE specification */
                    flavour?: "peppol" | "ublbe";
                };
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{documentId}/facturx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Factur-X (EN 16931): the PDF/A-3 with its CII XML embedded as factur-x.xml, validated against the official rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/{documentId}/ubl": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** UBL 2.1 e-invoice (Peppol BIS Billing 3.0), validated against the official rules */
        get: {
            parameters: {
                query?: {
                    /** @description peppol: Peppol BIS Billing 3.0 (default); ublbe: the Belgian UBL.BE specification */
                    flavour?: "peppol" | "ublbe";
                };
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/{documentId}/facturx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Factur-X (EN 16931): the PDF/A-3 with its CII XML embedded as factur-x.xml, validated against the official rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/quotes/{documentId}/public-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicLink"];
                    };
                };
            };
        };
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/orders/{documentId}/public-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicLink"];
                    };
                };
            };
        };
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{documentId}/public-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicLink"];
                    };
                };
            };
        };
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/{documentId}/public-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicLink"];
                    };
                };
            };
        };
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/quotes/{documentId}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to?: string[];
                        cc?: string[];
                        bcc?: string[];
                        subject?: string;
                        body?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mailId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/quotes/{documentId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send: issue a draft and deliver it (e-mail, public link or PDF) in one step, or neither
         * @description One transaction: a draft is numbered only if its delivery can be queued too. An e-mailed invoice or credit note becomes `sent` when the mail server takes the message. For a quote, a body without `delivery` only numbers it (it is then "sent", offered).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description For a draft: its issue date; today in the company’s time zone when left out */
                        issueDate?: string;
                        /** @description Left out: the draft is only numbered (as `POST …/quotes/{id}/send` did before deliveries existed). Given: numbering and delivery commit together, or neither does */
                        delivery?: {
                            to?: string[];
                            cc?: string[];
                            bcc?: string[];
                            subject?: string;
                            body?: string;
                            /**
                             * @description Queued in the outbox with the PDF attached and the public link
                             * @enum {string}
                             */
                            method: "email";
                        } | {
                            /**
                             * @description The public link, for the user to pass on
                             * @enum {string}
                             */
                            method: "link";
                        } | {
                            /**
                             * @description The user sends the PDF themselves
                             * @enum {string}
                             */
                            method: "download";
                        } | {
                            /**
                             * @description Invoices and credit notes: the validated UBL is handed to the company’s Peppol access point (job `peppol.send`); the timeline shows the access point’s message id, then delivered or failed
                             * @enum {string}
                             */
                            method: "peppol";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "quote" | "order" | "invoice" | "credit_note";
                            status: string;
                            number: string | null;
                            contactId: string | null;
                            contactName: string | null;
                            sourceId: string | null;
                            /** @enum {string} */
                            billingType: "standard" | "deposit" | "final";
                            subject: string | null;
                            currency: string;
                            issueDate: string;
                            dueDate: string | null;
                            validUntil: string | null;
                            totals: components["schemas"]["Totals"];
                            balance: string | null;
                            issuedAt: string | null;
                            overdue: boolean;
                            peppolStatus: ("queued" | "sent" | "delivered" | "failed") | null;
                            /** @description ISO 8601 UTC instant */
                            createdAt: string;
                            /** @description ISO 8601 UTC instant */
                            updatedAt: string;
                            buyerReference: string | null;
                            exchangeRate: string | null;
                            /** @enum {string} */
                            language: "fr" | "nl" | "en" | "de";
                            pricesIncludeVat: boolean;
                            /** @enum {string} */
                            vatRegime: "standard" | "franchise";
                            discountPercent: string;
                            deliveryDate: string | null;
                            paymentTermsDays: number | null;
                            notes: string | null;
                            conditions: string | null;
                            paymentReference: string | null;
                            lines: components["schemas"]["DocumentLine"][];
                            vat: components["schemas"]["VatLine"][];
                            credited: string;
                            paid: string;
                            invoicedNet: string | null;
                            seller: components["schemas"]["Party"] | null;
                            buyer: components["schemas"]["Party"] | null;
                            contentHash: string | null;
                            previousHash: string | null;
                            allowedActions: string[];
                            acceptance: {
                                name: string | null;
                                email: string | null;
                                /** @description ISO 8601 UTC instant */
                                at: string;
                                /** @enum {string} */
                                via: "public_page" | "app";
                                timeZone: string;
                            } | null;
                            related: components["schemas"]["RelatedDocument"][];
                            events: components["schemas"]["DocumentEvent"][];
                            delivery: {
                                /** @enum {string} */
                                method: "email" | "link" | "download" | "peppol" | "none";
                                peppolMessageId: string | null;
                                peppolReceiver: string | null;
                                mailId: string | null;
                                publicUrl: string | null;
                                mailRoute: ("company" | "installation" | "local") | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/quotes/{documentId}/email/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to?: string[];
                        cc?: string[];
                        bcc?: string[];
                        subject?: string;
                        body?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentMailPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/quotes/{documentId}/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OutboxMail"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/orders/{documentId}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to?: string[];
                        cc?: string[];
                        bcc?: string[];
                        subject?: string;
                        body?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mailId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/orders/{documentId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send: issue a draft and deliver it (e-mail, public link or PDF) in one step, or neither
         * @description One transaction: a draft is numbered only if its delivery can be queued too. An e-mailed invoice or credit note becomes `sent` when the mail server takes the message. For a quote, a body without `delivery` only numbers it (it is then "sent", offered).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description For a draft: its issue date; today in the company’s time zone when left out */
                        issueDate?: string;
                        /** @description Left out: the draft is only numbered (as `POST …/quotes/{id}/send` did before deliveries existed). Given: numbering and delivery commit together, or neither does */
                        delivery?: {
                            to?: string[];
                            cc?: string[];
                            bcc?: string[];
                            subject?: string;
                            body?: string;
                            /**
                             * @description Queued in the outbox with the PDF attached and the public link
                             * @enum {string}
                             */
                            method: "email";
                        } | {
                            /**
                             * @description The public link, for the user to pass on
                             * @enum {string}
                             */
                            method: "link";
                        } | {
                            /**
                             * @description The user sends the PDF themselves
                             * @enum {string}
                             */
                            method: "download";
                        } | {
                            /**
                             * @description Invoices and credit notes: the validated UBL is handed to the company’s Peppol access point (job `peppol.send`); the timeline shows the access point’s message id, then delivered or failed
                             * @enum {string}
                             */
                            method: "peppol";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "quote" | "order" | "invoice" | "credit_note";
                            status: string;
                            number: string | null;
                            contactId: string | null;
                            contactName: string | null;
                            sourceId: string | null;
                            /** @enum {string} */
                            billingType: "standard" | "deposit" | "final";
                            subject: string | null;
                            currency: string;
                            issueDate: string;
                            dueDate: string | null;
                            validUntil: string | null;
                            totals: components["schemas"]["Totals"];
                            balance: string | null;
                            issuedAt: string | null;
                            overdue: boolean;
                            peppolStatus: ("queued" | "sent" | "delivered" | "failed") | null;
                            /** @description ISO 8601 UTC instant */
                            createdAt: string;
                            /** @description ISO 8601 UTC instant */
                            updatedAt: string;
                            buyerReference: string | null;
                            exchangeRate: string | null;
                            /** @enum {string} */
                            language: "fr" | "nl" | "en" | "de";
                            pricesIncludeVat: boolean;
                            /** @enum {string} */
                            vatRegime: "standard" | "franchise";
                            discountPercent: string;
                            deliveryDate: string | null;
                            paymentTermsDays: number | null;
                            notes: string | null;
                            conditions: string | null;
                            paymentReference: string | null;
                            lines: components["schemas"]["DocumentLine"][];
                            vat: components["schemas"]["VatLine"][];
                            credited: string;
                            paid: string;
                            invoicedNet: string | null;
                            seller: components["schemas"]["Party"] | null;
                            buyer: components["schemas"]["Party"] | null;
                            contentHash: string | null;
                            previousHash: string | null;
                            allowedActions: string[];
                            acceptance: {
                                name: string | null;
                                email: string | null;
                                /** @description ISO 8601 UTC instant */
                                at: string;
                                /** @enum {string} */
                                via: "public_page" | "app";
                                timeZone: string;
                            } | null;
                            related: components["schemas"]["RelatedDocument"][];
                            events: components["schemas"]["DocumentEvent"][];
                            delivery: {
                                /** @enum {string} */
                                method: "email" | "link" | "download" | "peppol" | "none";
                                peppolMessageId: string | null;
                                peppolReceiver: string | null;
                                mailId: string | null;
                                publicUrl: string | null;
                                mailRoute: ("company" | "installation" | "local") | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/orders/{documentId}/email/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to?: string[];
                        cc?: string[];
                        bcc?: string[];
                        subject?: string;
                        body?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentMailPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/orders/{documentId}/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OutboxMail"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{documentId}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to?: string[];
                        cc?: string[];
                        bcc?: string[];
                        subject?: string;
                        body?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mailId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{documentId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send: issue a draft and deliver it (e-mail, public link or PDF) in one step, or neither
         * @description One transaction: a draft is numbered only if its delivery can be queued too. An e-mailed invoice or credit note becomes `sent` when the mail server takes the message. For a quote, a body without `delivery` only numbers it (it is then "sent", offered).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description For a draft: its issue date; today in the company’s time zone when left out */
                        issueDate?: string;
                        /** @description Left out: the draft is only numbered (as `POST …/quotes/{id}/send` did before deliveries existed). Given: numbering and delivery commit together, or neither does */
                        delivery?: {
                            to?: string[];
                            cc?: string[];
                            bcc?: string[];
                            subject?: string;
                            body?: string;
                            /**
                             * @description Queued in the outbox with the PDF attached and the public link
                             * @enum {string}
                             */
                            method: "email";
                        } | {
                            /**
                             * @description The public link, for the user to pass on
                             * @enum {string}
                             */
                            method: "link";
                        } | {
                            /**
                             * @description The user sends the PDF themselves
                             * @enum {string}
                             */
                            method: "download";
                        } | {
                            /**
                             * @description Invoices and credit notes: the validated UBL is handed to the company’s Peppol access point (job `peppol.send`); the timeline shows the access point’s message id, then delivered or failed
                             * @enum {string}
                             */
                            method: "peppol";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "quote" | "order" | "invoice" | "credit_note";
                            status: string;
                            number: string | null;
                            contactId: string | null;
                            contactName: string | null;
                            sourceId: string | null;
                            /** @enum {string} */
                            billingType: "standard" | "deposit" | "final";
                            subject: string | null;
                            currency: string;
                            issueDate: string;
                            dueDate: string | null;
                            validUntil: string | null;
                            totals: components["schemas"]["Totals"];
                            balance: string | null;
                            issuedAt: string | null;
                            overdue: boolean;
                            peppolStatus: ("queued" | "sent" | "delivered" | "failed") | null;
                            /** @description ISO 8601 UTC instant */
                            createdAt: string;
                            /** @description ISO 8601 UTC instant */
                            updatedAt: string;
                            buyerReference: string | null;
                            exchangeRate: string | null;
                            /** @enum {string} */
                            language: "fr" | "nl" | "en" | "de";
                            pricesIncludeVat: boolean;
                            /** @enum {string} */
                            vatRegime: "standard" | "franchise";
                            discountPercent: string;
                            deliveryDate: string | null;
                            paymentTermsDays: number | null;
                            notes: string | null;
                            conditions: string | null;
                            paymentReference: string | null;
                            lines: components["schemas"]["DocumentLine"][];
                            vat: components["schemas"]["VatLine"][];
                            credited: string;
                            paid: string;
                            invoicedNet: string | null;
                            seller: components["schemas"]["Party"] | null;
                            buyer: components["schemas"]["Party"] | null;
                            contentHash: string | null;
                            previousHash: string | null;
                            allowedActions: string[];
                            acceptance: {
                                name: string | null;
                                email: string | null;
                                /** @description ISO 8601 UTC instant */
                                at: string;
                                /** @enum {string} */
                                via: "public_page" | "app";
                                timeZone: string;
                            } | null;
                            related: components["schemas"]["RelatedDocument"][];
                            events: components["schemas"]["DocumentEvent"][];
                            delivery: {
                                /** @enum {string} */
                                method: "email" | "link" | "download" | "peppol" | "none";
                                peppolMessageId: string | null;
                                peppolReceiver: string | null;
                                mailId: string | null;
                                publicUrl: string | null;
                                mailRoute: ("company" | "installation" | "local") | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{documentId}/email/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to?: string[];
                        cc?: string[];
                        bcc?: string[];
                        subject?: string;
                        body?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentMailPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{documentId}/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OutboxMail"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/{documentId}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to?: string[];
                        cc?: string[];
                        bcc?: string[];
                        subject?: string;
                        body?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mailId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/{documentId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send: issue a draft and deliver it (e-mail, public link or PDF) in one step, or neither
         * @description One transaction: a draft is numbered only if its delivery can be queued too. An e-mailed invoice or credit note becomes `sent` when the mail server takes the message. For a quote, a body without `delivery` only numbers it (it is then "sent", offered).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description For a draft: its issue date; today in the company’s time zone when left out */
                        issueDate?: string;
                        /** @description Left out: the draft is only numbered (as `POST …/quotes/{id}/send` did before deliveries existed). Given: numbering and delivery commit together, or neither does */
                        delivery?: {
                            to?: string[];
                            cc?: string[];
                            bcc?: string[];
                            subject?: string;
                            body?: string;
                            /**
                             * @description Queued in the outbox with the PDF attached and the public link
                             * @enum {string}
                             */
                            method: "email";
                        } | {
                            /**
                             * @description The public link, for the user to pass on
                             * @enum {string}
                             */
                            method: "link";
                        } | {
                            /**
                             * @description The user sends the PDF themselves
                             * @enum {string}
                             */
                            method: "download";
                        } | {
                            /**
                             * @description Invoices and credit notes: the validated UBL is handed to the company’s Peppol access point (job `peppol.send`); the timeline shows the access point’s message id, then delivered or failed
                             * @enum {string}
                             */
                            method: "peppol";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "quote" | "order" | "invoice" | "credit_note";
                            status: string;
                            number: string | null;
                            contactId: string | null;
                            contactName: string | null;
                            sourceId: string | null;
                            /** @enum {string} */
                            billingType: "standard" | "deposit" | "final";
                            subject: string | null;
                            currency: string;
                            issueDate: string;
                            dueDate: string | null;
                            validUntil: string | null;
                            totals: components["schemas"]["Totals"];
                            balance: string | null;
                            issuedAt: string | null;
                            overdue: boolean;
                            peppolStatus: ("queued" | "sent" | "delivered" | "failed") | null;
                            /** @description ISO 8601 UTC instant */
                            createdAt: string;
                            /** @description ISO 8601 UTC instant */
                            updatedAt: string;
                            buyerReference: string | null;
                            exchangeRate: string | null;
                            /** @enum {string} */
                            language: "fr" | "nl" | "en" | "de";
                            pricesIncludeVat: boolean;
                            /** @enum {string} */
                            vatRegime: "standard" | "franchise";
                            discountPercent: string;
                            deliveryDate: string | null;
                            paymentTermsDays: number | null;
                            notes: string | null;
                            conditions: string | null;
                            paymentReference: string | null;
                            lines: components["schemas"]["DocumentLine"][];
                            vat: components["schemas"]["VatLine"][];
                            credited: string;
                            paid: string;
                            invoicedNet: string | null;
                            seller: components["schemas"]["Party"] | null;
                            buyer: components["schemas"]["Party"] | null;
                            contentHash: string | null;
                            previousHash: string | null;
                            allowedActions: string[];
                            acceptance: {
                                name: string | null;
                                email: string | null;
                                /** @description ISO 8601 UTC instant */
                                at: string;
                                /** @enum {string} */
                                via: "public_page" | "app";
                                timeZone: string;
                            } | null;
                            related: components["schemas"]["RelatedDocument"][];
                            events: components["schemas"]["DocumentEvent"][];
                            delivery: {
                                /** @enum {string} */
                                method: "email" | "link" | "download" | "peppol" | "none";
                                peppolMessageId: string | null;
                                peppolReceiver: string | null;
                                mailId: string | null;
                                publicUrl: string | null;
                                mailRoute: ("company" | "installation" | "local") | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/{documentId}/email/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to?: string[];
                        cc?: string[];
                        bcc?: string[];
                        subject?: string;
                        body?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentMailPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/{documentId}/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OutboxMail"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/mail-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MailTemplate"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/mail-templates/{kind}/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    kind: "quote" | "order" | "invoice" | "credit_note" | "reminder";
                    language: "fr" | "nl" | "en" | "de";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        subject: string;
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MailTemplate"];
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    kind: "quote" | "order" | "invoice" | "credit_note" | "reminder";
                    language: "fr" | "nl" | "en" | "de";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/mail-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MailSettings"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        smtpUrl: string;
                        from: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MailSettings"];
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/mail-settings/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            /** @enum {string} */
                            source: "company" | "installation" | "local";
                            error: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/mail-outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OutboxMail"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/mail-outbox/{mailId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    mailId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboxMailDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/mail-outbox/{mailId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    mailId: string;
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/peppol-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The company’s Peppol access point (the API key is never returned) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeppolSettings"];
                    };
                };
            };
        };
        /** Choose the Peppol access point: none, a local folder, or e-invoice.be with its API key */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        provider: "none" | "local" | "einvoice_be";
                        /** @description The access point’s API: null for its public address; left out keeps the stored one */
                        baseUrl?: string | null;
                        /** @description Write-only: stored encrypted, never returned; left out keeps the stored key */
                        apiKey?: string;
                        /** @description The company’s own Peppol id; null derives it from the enterprise or VAT number */
                        peppolId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeppolSettings"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/peppol-settings/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register the company as a Peppol receiver at its access point (or check it is) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeppolSettings"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/contacts/{contactId}/peppol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the contact can receive over Peppol, and which documents (kept a day) */
        get: {
            parameters: {
                query?: {
                    /** @description Ask the access point again */
                    refresh?: "true" | "false";
                };
                header?: never;
                path: {
                    companyId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeppolParticipant"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    contactId?: string;
                    invoiceId?: string;
                    from?: string;
                    to?: string;
                    method?: "bank_transfer" | "cash" | "card" | "direct_debit" | "cheque" | "other";
                    currency?: string;
                    sort?: "date" | "-date";
                    limit?: number;
                    cursor?: string;
                    delimiter?: "comma" | "semicolon";
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Payment"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactId: string;
                        date: string;
                        amount: string;
                        /** @enum {string} */
                        method: "bank_transfer" | "cash" | "card" | "direct_debit" | "cheque" | "other";
                        reference?: string | null;
                        note?: string | null;
                        currency: string;
                        /** @default [] */
                        allocations?: {
                            invoiceId: string;
                            amount?: string;
                            exchangeRate?: string;
                        }[];
                        /**
                         * @default refuse
                         * @enum {string}
                         */
                        unallocated?: "refuse" | "credit";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Payment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{documentId}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        amount: string;
                        /** @enum {string} */
                        method: "bank_transfer" | "cash" | "card" | "direct_debit" | "cheque" | "other";
                        reference?: string | null;
                        note?: string | null;
                        currency?: string;
                        exchangeRate?: string;
                        /**
                         * @default refuse
                         * @enum {string}
                         */
                        unallocated?: "refuse" | "credit";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Payment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    paymentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Payment"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    paymentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/payments/{paymentId}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    paymentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allocations: {
                            invoiceId: string;
                            amount?: string;
                            exchangeRate?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Payment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/payments/{paymentId}/allocations/{allocationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    paymentId: string;
                    allocationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Payment"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/payments/{paymentId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    paymentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        amount: string;
                        /** @enum {string} */
                        method: "bank_transfer" | "cash" | "card" | "direct_debit" | "cheque" | "other";
                        reference?: string | null;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Payment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/{documentId}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreditNoteAllocations"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allocations: {
                            invoiceId: string;
                            amount?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreditNoteAllocations"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/credit-notes/{documentId}/allocations/{allocationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    documentId: string;
                    allocationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreditNoteAllocations"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/recurring-profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    status?: "active" | "paused" | "stopped";
                    contactId?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RecurringProfile"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactId: string;
                        name: string;
                        currency: string;
                        /** @default null */
                        language?: ("fr" | "nl" | "en" | "de") | null;
                        /** @default null */
                        paymentTermsDays?: number | null;
                        /** @default null */
                        notes?: string | null;
                        lines: {
                            description: string;
                            quantity: string;
                            unitPrice: string;
                            /** @enum {string} */
                            vatCategory: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                            vatRate: string;
                            /** @default null */
                            productId?: string | null;
                            /** @default false */
                            followCatalogPrice?: boolean;
                        }[];
                        schedule: {
                            /** @enum {string} */
                            frequency: "day" | "week" | "month" | "quarter" | "half_year" | "year";
                            /** @default 1 */
                            interval?: number;
                            dayOfMonth?: number | "last";
                            startDate: string;
                            endDate?: string | null;
                            count?: number | null;
                            timeOfDay: string;
                            timeZone: string;
                            /**
                             * @default advance
                             * @enum {string}
                             */
                            billing?: "advance" | "arrears";
                        };
                        /**
                         * @default draft
                         * @enum {string}
                         */
                        mode?: "draft" | "issue_and_send";
                        /**
                         * @default run_date
                         * @enum {string}
                         */
                        issueDateRule?: "run_date" | "period_date";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecurringProfileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/recurring-profiles/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        schedule: {
                            /** @enum {string} */
                            frequency: "day" | "week" | "month" | "quarter" | "half_year" | "year";
                            /** @default 1 */
                            interval?: number;
                            dayOfMonth?: number | "last";
                            startDate: string;
                            endDate?: string | null;
                            count?: number | null;
                            timeOfDay: string;
                            timeZone: string;
                            /**
                             * @default advance
                             * @enum {string}
                             */
                            billing?: "advance" | "arrears";
                        };
                        /** Format: date-time */
                        after?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecurringPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/recurring-profiles/{profileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    profileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecurringProfileDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    profileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    profileId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contactId?: string;
                        name?: string;
                        currency?: string;
                        language?: ("fr" | "nl" | "en" | "de") | null;
                        paymentTermsDays?: number | null;
                        notes?: string | null;
                        lines?: {
                            description: string;
                            quantity: string;
                            unitPrice: string;
                            /** @enum {string} */
                            vatCategory: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                            vatRate: string;
                            /** @default null */
                            productId?: string | null;
                            /** @default false */
                            followCatalogPrice?: boolean;
                        }[];
                        schedule?: {
                            /** @enum {string} */
                            frequency: "day" | "week" | "month" | "quarter" | "half_year" | "year";
                            /** @default 1 */
                            interval?: number;
                            dayOfMonth?: number | "last";
                            startDate: string;
                            endDate?: string | null;
                            count?: number | null;
                            timeOfDay: string;
                            timeZone: string;
                            /**
                             * @default advance
                             * @enum {string}
                             */
                            billing?: "advance" | "arrears";
                        };
                        /** @enum {string} */
                        mode?: "draft" | "issue_and_send";
                        /** @enum {string} */
                        issueDateRule?: "run_date" | "period_date";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecurringProfileDetail"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{companyId}/recurring-profiles/{profileId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    profileId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecurringProfileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/recurring-profiles/{profileId}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Resumes a paused profile. `catchUp: true`: the periods that fell due while it was paused are generated by the next run, each once, in order, with their own dates; false (the default): they are skipped and the profile goes on from the next period to come. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    profileId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        catchUp?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecurringProfileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/recurring-profiles/{profileId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    profileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecurringProfileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/recurring-profiles/from-invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make an invoice recurring
         * @description A new profile from an invoice of the company (draft or issued): its customer, currency, language, payment terms, notes and lines (description, quantity, unit price, VAT, product; each line keeps its own price rather than following the catalogue). Profiles hold net unit prices without discounts: prices including VAT and line or document discounts are folded into each net unit price (to 4 decimals), provided the converted lines come to exactly the invoice's totals; otherwise 422 naming `invoiceId`, with the invoice's field at fault in `invoiceField`. An invoice without customer is a 422 naming `invoiceId`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        invoiceId: string;
                        name?: string;
                        schedule: {
                            /** @enum {string} */
                            frequency: "day" | "week" | "month" | "quarter" | "half_year" | "year";
                            /** @default 1 */
                            interval?: number;
                            dayOfMonth?: number | "last";
                            startDate: string;
                            endDate?: string | null;
                            count?: number | null;
                            timeOfDay: string;
                            timeZone: string;
                            /**
                             * @default advance
                             * @enum {string}
                             */
                            billing?: "advance" | "arrears";
                        };
                        /**
                         * @default draft
                         * @enum {string}
                         */
                        mode?: "draft" | "issue_and_send";
                        /**
                         * @default run_date
                         * @enum {string}
                         */
                        issueDateRule?: "run_date" | "period_date";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecurringProfileDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/recurring-profiles/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recurring revenue of a month
         * @description Per currency: the invoices generated by runs made in the month (company time zone), at their totals (cancelled ones left out), plus the periods of active profiles not generated yet whose run date falls in the month, at the profiles' stored prices. With the profiles active, paused and failing (failed generations, not stopped). `month` defaults to the company’s current month.
         */
        get: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RecurringSummary"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{invoiceId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Reminder"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A level of the reminder rules (by default 1 first reminder, 2 second reminder, 3 formal notice); default: the next after the highest */
                        level?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reminder"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/reminders/{reminderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    reminderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reminder"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    reminderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/reminders/{reminderId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    reminderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/reminders/{reminderId}/preview-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    reminderId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to?: string[];
                        cc?: string[];
                        bcc?: string[];
                        subject?: string;
                        body?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MailPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/reminders/{reminderId}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    reminderId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to?: string[];
                        cc?: string[];
                        bcc?: string[];
                        subject?: string;
                        body?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reminder"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/reminder-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRules"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        enabled?: boolean;
                        levels: {
                            /** @description Days after the due date */
                            days: number;
                            /**
                             * @description Decimal string in the invoice’s currency
                             * @default 0
                             */
                            fee?: string;
                            /**
                             * @description Annual interest rate in percent, counted per day late
                             * @default 0
                             */
                            interestRate?: string;
                            /**
                             * @default none
                             * @enum {string}
                             */
                            damages?: "none" | "be-b2c-scale" | "b2b-40";
                            /**
                             * @description The mail carries the invoice PDF too
                             * @default false
                             */
                            attachInvoicePdf?: boolean;
                            /**
                             * @description The mail carries the customer’s statement of account as of the reminder’s date too
                             * @default false
                             */
                            attachStatement?: boolean;
                            /** @default {} */
                            templates?: {
                                fr?: {
                                    subject: string;
                                    body: string;
                                };
                                nl?: {
                                    subject: string;
                                    body: string;
                                };
                                en?: {
                                    subject: string;
                                    body: string;
                                };
                                de?: {
                                    subject: string;
                                    body: string;
                                };
                            };
                        }[];
                        /** @default null */
                        repeatEveryDays?: number | null;
                        /** @default 14 */
                        payWithinDays?: number;
                        /** @default false */
                        consumerCaps?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRules"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/reminder-rules/preset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        preset: "be-b2c" | "b2b";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRules"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/contacts/{contactId}/reminder-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRules"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        enabled?: boolean;
                        levels: {
                            /** @description Days after the due date */
                            days: number;
                            /**
                             * @description Decimal string in the invoice’s currency
                             * @default 0
                             */
                            fee?: string;
                            /**
                             * @description Annual interest rate in percent, counted per day late
                             * @default 0
                             */
                            interestRate?: string;
                            /**
                             * @default none
                             * @enum {string}
                             */
                            damages?: "none" | "be-b2c-scale" | "b2b-40";
                            /**
                             * @description The mail carries the invoice PDF too
                             * @default false
                             */
                            attachInvoicePdf?: boolean;
                            /**
                             * @description The mail carries the customer’s statement of account as of the reminder’s date too
                             * @default false
                             */
                            attachStatement?: boolean;
                            /** @default {} */
                            templates?: {
                                fr?: {
                                    subject: string;
                                    body: string;
                                };
                                nl?: {
                                    subject: string;
                                    body: string;
                                };
                                en?: {
                                    subject: string;
                                    body: string;
                                };
                                de?: {
                                    subject: string;
                                    body: string;
                                };
                            };
                        }[];
                        /** @default null */
                        repeatEveryDays?: number | null;
                        /** @default 14 */
                        payWithinDays?: number;
                        /** @default false */
                        consumerCaps?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderRules"];
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{invoiceId}/reminders/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderPause"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/invoices/{invoiceId}/reminders/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/contacts/{contactId}/reminders/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderPause"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/contacts/{contactId}/reminders/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    level?: number;
                    origin?: "automatic" | "manual";
                    delivery?: "email" | "print";
                    mailStatus?: "queued" | "retrying" | "sending" | "sent" | "local" | "failed";
                    contactId?: string;
                    invoiceId?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    cursor?: string;
                    delimiter?: "comma" | "semicolon";
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ReminderListItem"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/reminders/upcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description Horizon in days from today (0: only what the next run sends) */
                    days?: number;
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            until: string;
                            items: components["schemas"]["UpcomingReminder"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/reminders/paused": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description The pauses that stop this invoice’s reminders: its own and its customer’s */
                    invoiceId?: string;
                    /** @description The customer’s pause and those of its invoices */
                    contactId?: string;
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PausedReminder"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/reminders/to-print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ReminderListItem"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/reminders/{reminderId}/printed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    reminderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderListItem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/reminders/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderSummary"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/reminder-rules/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReminderPreviewRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/reminders/{reminderId}/fee-invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    reminderId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/contacts/{contactId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    from?: string;
                };
                header?: never;
                path: {
                    companyId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contactId: string;
                            contactName: string;
                            /** @enum {string} */
                            language: "fr" | "nl" | "en" | "de";
                            asOf: string;
                            from: string;
                            currencies: {
                                currency: string;
                                /** @description Decimal string in the section currency */
                                openingBalance: string;
                                movements: {
                                    /** @enum {string} */
                                    kind: "invoice" | "credit_note" | "payment" | "refund" | "conversion";
                                    id: string;
                                    date: string;
                                    reference: string | null;
                                    /** @description Decimal string in the section currency */
                                    amount: string;
                                    /** @description Decimal string in the section currency */
                                    balance: string;
                                    exchangeRate: string | null;
                                }[];
                                /** @description Decimal string in the section currency */
                                closingBalance: string;
                                openItems: {
                                    invoiceId: string;
                                    number: string | null;
                                    issueDate: string;
                                    dueDate: string | null;
                                    paymentReference: string | null;
                                    /** @description Decimal string in the section currency */
                                    amount: string;
                                    /** @description Decimal string in the section currency */
                                    openBalance: string;
                                    daysOverdue: number;
                                    /** @enum {string} */
                                    bucket: "notDue" | "days1to30" | "days31to60" | "days61to90" | "over90";
                                }[];
                                credits: {
                                    /** @enum {string} */
                                    kind: "payment" | "credit_note";
                                    id: string;
                                    date: string;
                                    reference: string | null;
                                    /** @description Decimal string in the section currency */
                                    remaining: string;
                                }[];
                                totals: {
                                    /** @description Decimal string in the section currency */
                                    invoiced: string;
                                    /** @description Decimal string in the section currency */
                                    credited: string;
                                    /** @description Decimal string in the section currency */
                                    paid: string;
                                    /** @description Decimal string in the section currency */
                                    refunded: string;
                                    /** @description Decimal string in the section currency */
                                    open: string;
                                    /** @description Decimal string in the section currency */
                                    overdue: string;
                                    /** @description Decimal string in the section currency */
                                    unallocatedCredit: string;
                                    /** @description Decimal string in the section currency */
                                    balance: string;
                                };
                                ageing: {
                                    /** @description Decimal string in the section currency */
                                    notDue: string;
                                    /** @description Decimal string in the section currency */
                                    days1to30: string;
                                    /** @description Decimal string in the section currency */
                                    days31to60: string;
                                    /** @description Decimal string in the section currency */
                                    days61to90: string;
                                    /** @description Decimal string in the section currency */
                                    over90: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/contacts/{contactId}/statement/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    from?: string;
                    language?: "fr" | "nl" | "en" | "de";
                };
                header?: never;
                path: {
                    companyId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            complete: boolean;
                            steps: {
                                /** @enum {string} */
                                key: "company" | "logo" | "mail" | "customer" | "document";
                                done: boolean;
                                optional: boolean;
                                /** @description Company details still missing (company step) */
                                missing: ("name" | "address" | "vatNumber" | "iban")[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/vat-lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Looks an EU VAT number up in VIES: validity, name and address where disclosed (and for Belgium the enterprise number and Peppol ID). 503/504 problem when VIES is down or slow. */
        get: {
            parameters: {
                query: {
                    vatNumber: string;
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            vatNumber: string;
                            valid: boolean;
                            /** @description Null when the member state does not disclose it */
                            name: string | null;
                            /** @description Split into street, postcode and city where the text allows */
                            address: {
                                line1: string | null;
                                line2: string | null;
                                postalCode: string | null;
                                city: string | null;
                                country: string | null;
                            } | null;
                            /** @description The address as the register gives it, lines separated by \n */
                            addressText: string | null;
                            /** @description Belgium: the KBO/BCE number inside the VAT number */
                            enterpriseNumber: string | null;
                            /** @description Belgium: 0208:{enterprise number} */
                            peppolId: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vat-lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Looks an EU VAT number up in VIES: validity, name and address where disclosed (and for Belgium the enterprise number and Peppol ID). 503/504 problem when VIES is down or slow. */
        get: {
            parameters: {
                query: {
                    vatNumber: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            vatNumber: string;
                            valid: boolean;
                            /** @description Null when the member state does not disclose it */
                            name: string | null;
                            /** @description Split into street, postcode and city where the text allows */
                            address: {
                                line1: string | null;
                                line2: string | null;
                                postalCode: string | null;
                                city: string | null;
                                country: string | null;
                            } | null;
                            /** @description The address as the register gives it, lines separated by \n */
                            addressText: string | null;
                            /** @description Belgium: the KBO/BCE number inside the VAT number */
                            enterpriseNumber: string | null;
                            /** @description Belgium: 0208:{enterprise number} */
                            peppolId: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/purchase-invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "to_approve" | "to_pay" | "paid";
                    supplierId?: string;
                    dueBefore?: string;
                    overdue?: "true" | "false";
                    q?: string;
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "invoice" | "credit_note";
                                /** @enum {string} */
                                status: "to_approve" | "to_pay" | "paid";
                                overdue: boolean;
                                /** @enum {string} */
                                source: "manual" | "upload" | "einvoice";
                                syntax: string | null;
                                supplier: {
                                    id: string;
                                    name: string;
                                    vatNumber: string | null;
                                } | null;
                                number: string | null;
                                issueDate: string | null;
                                dueDate: string | null;
                                currency: string;
                                totals: {
                                    lineNetAmount: string;
                                    allowanceAmount: string;
                                    chargeAmount: string;
                                    netAmount: string;
                                    vatAmount: string;
                                    grossAmount: string;
                                    prepaidAmount: string;
                                    roundingAmount: string;
                                    payableAmount: string;
                                    paidAmount: string;
                                    amountDue: string;
                                };
                                paymentReference: string | null;
                                /** @description ISO 8601 UTC instant */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                            summary: {
                                count: number;
                                toPay: {
                                    currency: string;
                                    amount: string;
                                    count: number;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default invoice
                         * @enum {string}
                         */
                        kind?: "invoice" | "credit_note";
                        currency?: string;
                        supplierId?: string | null;
                        number?: string | null;
                        issueDate?: string | null;
                        dueDate?: string | null;
                        paymentReference?: string | null;
                        supplierIban?: string | null;
                        supplierBic?: string | null;
                        notes?: string | null;
                        expectedTotal?: string;
                        lines?: {
                            description: string;
                            quantity: string;
                            unitCode?: string;
                            unitPrice: string;
                            /** @enum {string} */
                            vatCategory: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                            vatRate: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            /** @enum {string} */
                            status: "to_approve" | "to_pay" | "paid";
                            overdue: boolean;
                            /** @enum {string} */
                            source: "manual" | "upload" | "einvoice";
                            syntax: string | null;
                            supplier: {
                                id: string;
                                name: string;
                                vatNumber: string | null;
                            } | null;
                            number: string | null;
                            issueDate: string | null;
                            dueDate: string | null;
                            currency: string;
                            totals: {
                                lineNetAmount: string;
                                allowanceAmount: string;
                                chargeAmount: string;
                                netAmount: string;
                                vatAmount: string;
                                grossAmount: string;
                                prepaidAmount: string;
                                roundingAmount: string;
                                payableAmount: string;
                                paidAmount: string;
                                amountDue: string;
                            };
                            paymentReference: string | null;
                            /** @description ISO 8601 UTC instant */
                            createdAt: string;
                            supplierIban: string | null;
                            supplierBic: string | null;
                            buyerReference: string | null;
                            orderReference: string | null;
                            notes: string | null;
                            lines: {
                                id: string;
                                lineRef: string | null;
                                description: string;
                                quantity: string;
                                unitCode: string | null;
                                unitPrice: string | null;
                                netAmount: string;
                                vatCategory: string;
                                vatRate: string | null;
                            }[];
                            vatBreakdown: {
                                vatCategory: string;
                                vatRate: string | null;
                                taxableAmount: string;
                                vatAmount: string;
                                exemptionReason: string | null;
                            }[];
                            payments: {
                                id: string;
                                date: string;
                                amount: string;
                                method: string;
                                reference: string | null;
                            }[];
                            hasOriginal: boolean;
                            original: {
                                filename: string;
                                mimeType: string;
                                size: number;
                                sha256: string;
                            } | null;
                            approvedAt: string | null;
                            /** @description ISO 8601 UTC instant */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/purchase-invoices/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a purchase invoice from an e-invoice or a PDF (the request body is the file)
         * @description Body: the file, as `application/xml` (UBL 2.1 Invoice or CreditNote, CII D16B), `application/pdf` (Factur-X / ZUGFeRD 2 with its embedded XML, or a plain PDF) or `application/octet-stream`; at most 20 MB. An e-invoice becomes a purchase invoice to approve, its supplier matched by VAT number, then electronic address, then legal id, or created. With `expect=auto` (default) a PDF without an embedded e-invoice becomes a purchase invoice to complete: no supplier, number or dates (null), no lines, zero totals, the PDF kept as its original; with `expect=einvoice` it is refused with the reason. 409 `already_exists` with `existingId` for the same file or the same supplier number.
         */
        post: {
            parameters: {
                query?: {
                    expect?: "auto" | "einvoice";
                    filename?: string;
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            /** @enum {string} */
                            status: "to_approve" | "to_pay" | "paid";
                            overdue: boolean;
                            /** @enum {string} */
                            source: "manual" | "upload" | "einvoice";
                            syntax: string | null;
                            supplier: {
                                id: string;
                                name: string;
                                vatNumber: string | null;
                            } | null;
                            number: string | null;
                            issueDate: string | null;
                            dueDate: string | null;
                            currency: string;
                            totals: {
                                lineNetAmount: string;
                                allowanceAmount: string;
                                chargeAmount: string;
                                netAmount: string;
                                vatAmount: string;
                                grossAmount: string;
                                prepaidAmount: string;
                                roundingAmount: string;
                                payableAmount: string;
                                paidAmount: string;
                                amountDue: string;
                            };
                            paymentReference: string | null;
                            /** @description ISO 8601 UTC instant */
                            createdAt: string;
                            supplierIban: string | null;
                            supplierBic: string | null;
                            buyerReference: string | null;
                            orderReference: string | null;
                            notes: string | null;
                            lines: {
                                id: string;
                                lineRef: string | null;
                                description: string;
                                quantity: string;
                                unitCode: string | null;
                                unitPrice: string | null;
                                netAmount: string;
                                vatCategory: string;
                                vatRate: string | null;
                            }[];
                            vatBreakdown: {
                                vatCategory: string;
                                vatRate: string | null;
                                taxableAmount: string;
                                vatAmount: string;
                                exemptionReason: string | null;
                            }[];
                            payments: {
                                id: string;
                                date: string;
                                amount: string;
                                method: string;
                                reference: string | null;
                            }[];
                            hasOriginal: boolean;
                            original: {
                                filename: string;
                                mimeType: string;
                                size: number;
                                sha256: string;
                            } | null;
                            approvedAt: string | null;
                            /** @description ISO 8601 UTC instant */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/purchase-invoices/{purchaseInvoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    purchaseInvoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            /** @enum {string} */
                            status: "to_approve" | "to_pay" | "paid";
                            overdue: boolean;
                            /** @enum {string} */
                            source: "manual" | "upload" | "einvoice";
                            syntax: string | null;
                            supplier: {
                                id: string;
                                name: string;
                                vatNumber: string | null;
                            } | null;
                            number: string | null;
                            issueDate: string | null;
                            dueDate: string | null;
                            currency: string;
                            totals: {
                                lineNetAmount: string;
                                allowanceAmount: string;
                                chargeAmount: string;
                                netAmount: string;
                                vatAmount: string;
                                grossAmount: string;
                                prepaidAmount: string;
                                roundingAmount: string;
                                payableAmount: string;
                                paidAmount: string;
                                amountDue: string;
                            };
                            paymentReference: string | null;
                            /** @description ISO 8601 UTC instant */
                            createdAt: string;
                            supplierIban: string | null;
                            supplierBic: string | null;
                            buyerReference: string | null;
                            orderReference: string | null;
                            notes: string | null;
                            lines: {
                                id: string;
                                lineRef: string | null;
                                description: string;
                                quantity: string;
                                unitCode: string | null;
                                unitPrice: string | null;
                                netAmount: string;
                                vatCategory: string;
                                vatRate: string | null;
                            }[];
                            vatBreakdown: {
                                vatCategory: string;
                                vatRate: string | null;
                                taxableAmount: string;
                                vatAmount: string;
                                exemptionReason: string | null;
                            }[];
                            payments: {
                                id: string;
                                date: string;
                                amount: string;
                                method: string;
                                reference: string | null;
                            }[];
                            hasOriginal: boolean;
                            original: {
                                filename: string;
                                mimeType: string;
                                size: number;
                                sha256: string;
                            } | null;
                            approvedAt: string | null;
                            /** @description ISO 8601 UTC instant */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    purchaseInvoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    purchaseInvoiceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "invoice" | "credit_note";
                        currency?: string;
                        supplierId?: string | null;
                        number?: string | null;
                        issueDate?: string | null;
                        dueDate?: string | null;
                        paymentReference?: string | null;
                        supplierIban?: string | null;
                        supplierBic?: string | null;
                        notes?: string | null;
                        expectedTotal?: string;
                        lines?: {
                            description: string;
                            quantity: string;
                            unitCode?: string;
                            unitPrice: string;
                            /** @enum {string} */
                            vatCategory: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                            vatRate: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            /** @enum {string} */
                            status: "to_approve" | "to_pay" | "paid";
                            overdue: boolean;
                            /** @enum {string} */
                            source: "manual" | "upload" | "einvoice";
                            syntax: string | null;
                            supplier: {
                                id: string;
                                name: string;
                                vatNumber: string | null;
                            } | null;
                            number: string | null;
                            issueDate: string | null;
                            dueDate: string | null;
                            currency: string;
                            totals: {
                                lineNetAmount: string;
                                allowanceAmount: string;
                                chargeAmount: string;
                                netAmount: string;
                                vatAmount: string;
                                grossAmount: string;
                                prepaidAmount: string;
                                roundingAmount: string;
                                payableAmount: string;
                                paidAmount: string;
                                amountDue: string;
                            };
                            paymentReference: string | null;
                            /** @description ISO 8601 UTC instant */
                            createdAt: string;
                            supplierIban: string | null;
                            supplierBic: string | null;
                            buyerReference: string | null;
                            orderReference: string | null;
                            notes: string | null;
                            lines: {
                                id: string;
                                lineRef: string | null;
                                description: string;
                                quantity: string;
                                unitCode: string | null;
                                unitPrice: string | null;
                                netAmount: string;
                                vatCategory: string;
                                vatRate: string | null;
                            }[];
                            vatBreakdown: {
                                vatCategory: string;
                                vatRate: string | null;
                                taxableAmount: string;
                                vatAmount: string;
                                exemptionReason: string | null;
                            }[];
                            payments: {
                                id: string;
                                date: string;
                                amount: string;
                                method: string;
                                reference: string | null;
                            }[];
                            hasOriginal: boolean;
                            original: {
                                filename: string;
                                mimeType: string;
                                size: number;
                                sha256: string;
                            } | null;
                            approvedAt: string | null;
                            /** @description ISO 8601 UTC instant */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{companyId}/purchase-invoices/{purchaseInvoiceId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    purchaseInvoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            /** @enum {string} */
                            status: "to_approve" | "to_pay" | "paid";
                            overdue: boolean;
                            /** @enum {string} */
                            source: "manual" | "upload" | "einvoice";
                            syntax: string | null;
                            supplier: {
                                id: string;
                                name: string;
                                vatNumber: string | null;
                            } | null;
                            number: string | null;
                            issueDate: string | null;
                            dueDate: string | null;
                            currency: string;
                            totals: {
                                lineNetAmount: string;
                                allowanceAmount: string;
                                chargeAmount: string;
                                netAmount: string;
                                vatAmount: string;
                                grossAmount: string;
                                prepaidAmount: string;
                                roundingAmount: string;
                                payableAmount: string;
                                paidAmount: string;
                                amountDue: string;
                            };
                            paymentReference: string | null;
                            /** @description ISO 8601 UTC instant */
                            createdAt: string;
                            supplierIban: string | null;
                            supplierBic: string | null;
                            buyerReference: string | null;
                            orderReference: string | null;
                            notes: string | null;
                            lines: {
                                id: string;
                                lineRef: string | null;
                                description: string;
                                quantity: string;
                                unitCode: string | null;
                                unitPrice: string | null;
                                netAmount: string;
                                vatCategory: string;
                                vatRate: string | null;
                            }[];
                            vatBreakdown: {
                                vatCategory: string;
                                vatRate: string | null;
                                taxableAmount: string;
                                vatAmount: string;
                                exemptionReason: string | null;
                            }[];
                            payments: {
                                id: string;
                                date: string;
                                amount: string;
                                method: string;
                                reference: string | null;
                            }[];
                            hasOriginal: boolean;
                            original: {
                                filename: string;
                                mimeType: string;
                                size: number;
                                sha256: string;
                            } | null;
                            approvedAt: string | null;
                            /** @description ISO 8601 UTC instant */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/purchase-invoices/{purchaseInvoiceId}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    purchaseInvoiceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        amount: string;
                        /**
                         * @default bank_transfer
                         * @enum {string}
                         */
                        method?: "bank_transfer" | "cash" | "card" | "direct_debit" | "other";
                        reference?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "invoice" | "credit_note";
                            /** @enum {string} */
                            status: "to_approve" | "to_pay" | "paid";
                            overdue: boolean;
                            /** @enum {string} */
                            source: "manual" | "upload" | "einvoice";
                            syntax: string | null;
                            supplier: {
                                id: string;
                                name: string;
                                vatNumber: string | null;
                            } | null;
                            number: string | null;
                            issueDate: string | null;
                            dueDate: string | null;
                            currency: string;
                            totals: {
                                lineNetAmount: string;
                                allowanceAmount: string;
                                chargeAmount: string;
                                netAmount: string;
                                vatAmount: string;
                                grossAmount: string;
                                prepaidAmount: string;
                                roundingAmount: string;
                                payableAmount: string;
                                paidAmount: string;
                                amountDue: string;
                            };
                            paymentReference: string | null;
                            /** @description ISO 8601 UTC instant */
                            createdAt: string;
                            supplierIban: string | null;
                            supplierBic: string | null;
                            buyerReference: string | null;
                            orderReference: string | null;
                            notes: string | null;
                            lines: {
                                id: string;
                                lineRef: string | null;
                                description: string;
                                quantity: string;
                                unitCode: string | null;
                                unitPrice: string | null;
                                netAmount: string;
                                vatCategory: string;
                                vatRate: string | null;
                            }[];
                            vatBreakdown: {
                                vatCategory: string;
                                vatRate: string | null;
                                taxableAmount: string;
                                vatAmount: string;
                                exemptionReason: string | null;
                            }[];
                            payments: {
                                id: string;
                                date: string;
                                amount: string;
                                method: string;
                                reference: string | null;
                            }[];
                            hasOriginal: boolean;
                            original: {
                                filename: string;
                                mimeType: string;
                                size: number;
                                sha256: string;
                            } | null;
                            approvedAt: string | null;
                            /** @description ISO 8601 UTC instant */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/purchase-invoices/{purchaseInvoiceId}/original": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The original file, byte for byte as received */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    purchaseInvoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/bank-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    archived?: "true" | "false";
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                iban: string | null;
                                accountNumber: string | null;
                                bic: string | null;
                                currency: string;
                                openingBalance: string;
                                openingDate: string | null;
                                balance: string;
                                transactionCount: number;
                                lastTransactionDate: string | null;
                                lastStatement: {
                                    closingBalance: string | null;
                                    closingDate: string | null;
                                } | null;
                                archived: boolean;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        iban?: string | null;
                        accountNumber?: string | null;
                        bic?: string | null;
                        currency?: string;
                        /** @default 0 */
                        openingBalance?: string;
                        openingDate?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            iban: string | null;
                            accountNumber: string | null;
                            bic: string | null;
                            currency: string;
                            openingBalance: string;
                            openingDate: string | null;
                            balance: string;
                            transactionCount: number;
                            lastTransactionDate: string | null;
                            lastStatement: {
                                closingBalance: string | null;
                                closingDate: string | null;
                            } | null;
                            archived: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/bank-accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            iban: string | null;
                            accountNumber: string | null;
                            bic: string | null;
                            currency: string;
                            openingBalance: string;
                            openingDate: string | null;
                            balance: string;
                            transactionCount: number;
                            lastTransactionDate: string | null;
                            lastStatement: {
                                closingBalance: string | null;
                                closingDate: string | null;
                            } | null;
                            archived: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                    accountId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        bic?: string | null;
                        openingBalance?: string;
                        openingDate?: string | null;
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            iban: string | null;
                            accountNumber: string | null;
                            bic: string | null;
                            currency: string;
                            openingBalance: string;
                            openingDate: string | null;
                            balance: string;
                            transactionCount: number;
                            lastTransactionDate: string | null;
                            lastStatement: {
                                closingBalance: string | null;
                                closingDate: string | null;
                            } | null;
                            archived: boolean;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/companies/{companyId}/bank-statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a bank statement file (the request body is the file)
         * @description Body: the file as `application/octet-stream` (or `application/xml`, `text/csv`), at most 50 MB: camt.052/053/054 (001.02 to 001.08), CODA 2.x, MT940/MT942, OFX 1.x/2.x, recognised from the content; or CSV with `csvPreset` naming its layout (GET …/bank-csv-presets). Each statement goes to the account `accountId`, or to the company's account with the IBAN the file names. A fault anywhere refuses the whole file (400, the position in the file as the error's path) and nothing is stored. Transactions the account already has (the same file again, overlapping statements) are not added again: `alreadyThere` counts them.
         */
        post: {
            parameters: {
                query?: {
                    format?: "camt" | "coda" | "mt940" | "ofx" | "csv";
                    accountId?: string;
                    csvPreset?: string;
                    fileName?: string;
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            format: string;
                            fileName: string | null;
                            sha256: string;
                            accounts: {
                                importId: string;
                                accountId: string;
                                statementCount: number;
                                transactionCount: number;
                                added: number;
                                alreadyThere: number;
                                fromDate: string | null;
                                toDate: string | null;
                                closingBalance: string | null;
                                warnings: {
                                    position: string;
                                    message: string;
                                    template: string;
                                    params: {
                                        [key: string]: string | number;
                                    };
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/bank-transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    accountId?: string;
                    from?: string;
                    to?: string;
                    direction?: "in" | "out";
                    q?: string;
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                accountId: string;
                                bookingDate: string;
                                valueDate: string | null;
                                amount: string;
                                currency: string;
                                counterpartyName: string | null;
                                counterpartyIban: string | null;
                                counterpartyAccount: string | null;
                                counterpartyBic: string | null;
                                structuredReference: string | null;
                                remittanceText: string | null;
                                bankReference: string | null;
                                endToEndId: string | null;
                                bankTransactionCode: string | null;
                                importId: string | null;
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/companies/{companyId}/bank-csv-presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                verified: boolean;
                            }[];
                        };
                    };
                };
            };
        };
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
        ReminderPreviewRequestInput: {
            /** @default true */
            enabled: boolean;
            levels: {
                /** @description Days after the due date */
                days: number;
                /**
                 * @description Decimal string in the invoice’s currency
                 * @default 0
                 */
                fee: string;
                /**
                 * @description Annual interest rate in percent, counted per day late
                 * @default 0
                 */
                interestRate: string;
                /**
                 * @default none
                 * @enum {string}
                 */
                damages: "none" | "be-b2c-scale" | "b2b-40";
                /**
                 * @description The mail carries the invoice PDF too
                 * @default false
                 */
                attachInvoicePdf: boolean;
                /**
                 * @description The mail carries the customer’s statement of account as of the reminder’s date too
                 * @default false
                 */
                attachStatement: boolean;
                /** @default {} */
                templates: {
                    fr?: {
                        subject: string;
                        body: string;
                    };
                    nl?: {
                        subject: string;
                        body: string;
                    };
                    en?: {
                        subject: string;
                        body: string;
                    };
                    de?: {
                        subject: string;
                        body: string;
                    };
                };
            }[];
            /** @default null */
            repeatEveryDays: number | null;
            /** @default 14 */
            payWithinDays: number;
            /** @default false */
            consumerCaps: boolean;
            /** @description The level of `levels` to preview, 1-based */
            level: number;
            /** @description An issued, unpaid invoice of the company; default: the most overdue open invoice */
            invoiceId?: string;
            /** @description Default invoice among this customer’s (a customer’s own rules) */
            contactId?: string;
            /**
             * @description Default: the invoice’s language (its customer’s)
             * @enum {string}
             */
            language?: "fr" | "nl" | "en" | "de";
        };
        User: {
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            language: "fr" | "nl" | "en" | "de";
            totpEnabled: boolean;
            emailVerified: boolean;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
        };
        AuthResponse: {
            user: components["schemas"]["User"];
            csrfToken: string;
        };
        TotpSetup: {
            secret: string;
            otpauthUrl: string;
        };
        Subject: {
            type: string;
            id: string;
            label: string | null;
        };
        Company: {
            id: string;
            name: string;
            legalName: string | null;
            country: string;
            vatNumber: string | null;
            enterpriseNumber: string | null;
            address: {
                line1: string | null;
                line2: string | null;
                postalCode: string | null;
                city: string | null;
                country: string | null;
            };
            email: string | null;
            phone: string | null;
            iban: string | null;
            bic: string | null;
            currency: string;
            timezone: string;
            /** @enum {string} */
            paymentReferenceKind: "be-ogm" | "rf";
            hasLogo: boolean;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
        };
        CompanyWithRole: {
            id: string;
            name: string;
            legalName: string | null;
            country: string;
            vatNumber: string | null;
            enterpriseNumber: string | null;
            address: {
                line1: string | null;
                line2: string | null;
                postalCode: string | null;
                city: string | null;
                country: string | null;
            };
            email: string | null;
            phone: string | null;
            iban: string | null;
            bic: string | null;
            currency: string;
            timezone: string;
            /** @enum {string} */
            paymentReferenceKind: "be-ogm" | "rf";
            hasLogo: boolean;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            /** @enum {string} */
            role: "owner" | "admin" | "accountant" | "sales" | "readonly";
        };
        Membership: {
            companyId: string;
            companyName: string;
            /** @enum {string} */
            role: "owner" | "admin" | "accountant" | "sales" | "readonly";
            permissions: ("company.read" | "company.delete" | "settings.manage" | "members.read" | "members.manage" | "audit.read" | "jobs.read" | "contacts.read" | "contacts.write" | "catalog.read" | "catalog.write" | "quotes.read" | "quotes.write" | "quotes.send" | "orders.read" | "orders.write" | "invoices.read" | "invoices.write" | "invoices.issue" | "invoices.send" | "credit_notes.write" | "payments.read" | "payments.record" | "purchases.read" | "purchases.write" | "reminders.manage" | "recurring.manage" | "banking.read" | "banking.manage" | "files.read" | "files.write" | "reports.read" | "api_tokens.manage")[];
        };
        Member: {
            userId: string;
            name: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "accountant" | "sales" | "readonly";
            /** @description ISO 8601 UTC instant */
            joinedAt: string;
        };
        Invitation: {
            id: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "accountant" | "sales" | "readonly";
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            /** @description ISO 8601 UTC instant */
            expiresAt: string;
            invitedByName: string;
        };
        InvitationCreated: {
            id: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "accountant" | "sales" | "readonly";
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            /** @description ISO 8601 UTC instant */
            expiresAt: string;
            invitedByName: string;
            link: string;
            mailed: boolean;
        };
        InvitationPreview: {
            companyName: string;
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "accountant" | "sales" | "readonly";
            invitedByName: string;
            /** @description ISO 8601 UTC instant */
            expiresAt: string;
        };
        AuditEntry: {
            id: string;
            action: string;
            entityType: string;
            entityId: string | null;
            subject: components["schemas"]["Subject"] | null;
            userId: string | null;
            userName: string | null;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            data: unknown;
            references: {
                [key: string]: components["schemas"]["Subject"];
            };
        };
        Unit: {
            code: string;
            name: {
                fr: string;
                nl: string;
                en: string;
                de: string;
            };
            plural: {
                fr: string;
                nl: string;
                en: string;
                de: string;
            };
        };
        VatRate: {
            rate: string;
            /** @enum {string} */
            category: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
            label: {
                fr: string;
                nl: string;
                en: string;
                de: string;
            };
        };
        VatRates: {
            country: string;
            customized: boolean;
            items: components["schemas"]["VatRate"][];
            available: components["schemas"]["VatRate"][];
        };
        Category: {
            id: string;
            parentId: string | null;
            name: string;
            position: number;
            productCount: number;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            /** @description ISO 8601 UTC instant */
            updatedAt: string;
        };
        Product: {
            id: string;
            /** @enum {string} */
            kind: "product" | "service";
            sku: string;
            name: string;
            description: string | null;
            /** @enum {string} */
            language: "fr" | "nl" | "en" | "de";
            names: {
                fr?: string;
                nl?: string;
                en?: string;
                de?: string;
            };
            descriptions: {
                fr?: string;
                nl?: string;
                en?: string;
                de?: string;
            };
            unitCode: string;
            unitPrice: string;
            currency: string;
            vatRate: string;
            /** @enum {string} */
            vatCategory: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
            categoryId: string | null;
            archived: boolean;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            /** @description ISO 8601 UTC instant */
            updatedAt: string;
        };
        Contact: {
            id: string;
            roles: ("customer" | "supplier")[];
            /** @enum {string} */
            type: "company" | "person";
            name: string;
            legalName: string | null;
            vatNumber: string | null;
            enterpriseNumber: string | null;
            emails: string[];
            phone: string | null;
            website: string | null;
            /** @enum {string} */
            language: "fr" | "nl" | "en" | "de";
            paymentTermsDays: number | null;
            currency: string | null;
            iban: string | null;
            bic: string | null;
            peppolId: string | null;
            /** @enum {string} */
            deliveryPreference: "auto" | "peppol" | "email";
            address: {
                line1: string | null;
                line2: string | null;
                postalCode: string | null;
                city: string | null;
                country: string | null;
            };
            deliveryAddress: {
                line1: string | null;
                line2: string | null;
                postalCode: string | null;
                city: string | null;
                country: string | null;
            } | null;
            tags: string[];
            notes: string | null;
            archived: boolean;
            persons: {
                id: string;
                name: string;
                role: string | null;
                email: string | null;
                phone: string | null;
            }[];
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            /** @description ISO 8601 UTC instant */
            updatedAt: string;
        };
        Party: {
            contactId: string | null;
            name: string;
            legalName: string | null;
            vatNumber: string | null;
            enterpriseNumber: string | null;
            address: {
                line1: string | null;
                line2: string | null;
                postalCode: string | null;
                city: string | null;
                country: string | null;
            };
            email: string | null;
            iban: string | null;
            bic: string | null;
            peppolId: string | null;
        };
        DocumentLine: {
            id: string;
            position: number;
            productId: string | null;
            sourceLineId: string | null;
            description: string;
            quantity: string;
            unitCode: string;
            unitPrice: string;
            discountPercent: string;
            /** @enum {string} */
            vatCategory: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
            vatRate: string;
            exemptionReason: string | null;
            net: string;
        };
        VatLine: {
            /** @enum {string} */
            category: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
            rate: string;
            taxableAmount: string;
            vatAmount: string;
            exemptionCode: string | null;
            exemptionReason: string | null;
        };
        Totals: {
            lineNetTotal: string;
            allowanceTotal: string;
            taxExclusive: string;
            vatTotal: string;
            taxInclusive: string;
            payable: string;
        };
        DocumentSummary: {
            id: string;
            /** @enum {string} */
            kind: "quote" | "order" | "invoice" | "credit_note";
            status: string;
            number: string | null;
            contactId: string | null;
            contactName: string | null;
            sourceId: string | null;
            /** @enum {string} */
            billingType: "standard" | "deposit" | "final";
            subject: string | null;
            currency: string;
            issueDate: string;
            dueDate: string | null;
            validUntil: string | null;
            totals: components["schemas"]["Totals"];
            balance: string | null;
            issuedAt: string | null;
            overdue: boolean;
            peppolStatus: ("queued" | "sent" | "delivered" | "failed") | null;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            /** @description ISO 8601 UTC instant */
            updatedAt: string;
        };
        RelatedDocument: {
            id: string;
            /** @enum {string} */
            kind: "quote" | "order" | "invoice" | "credit_note";
            number: string | null;
            status: string;
            /** @enum {string} */
            billingType: "standard" | "deposit" | "final";
            /** @enum {string} */
            relation: "source" | "derived";
            taxInclusive: string;
        };
        DocumentEvent: {
            action: string;
            fromStatus: string | null;
            toStatus: string;
            /** @description ISO 8601 UTC instant */
            at: string;
            userId: string | null;
            userName: string | null;
            data: {
                [key: string]: unknown;
            } | null;
        };
        Document: {
            id: string;
            /** @enum {string} */
            kind: "quote" | "order" | "invoice" | "credit_note";
            status: string;
            number: string | null;
            contactId: string | null;
            contactName: string | null;
            sourceId: string | null;
            /** @enum {string} */
            billingType: "standard" | "deposit" | "final";
            subject: string | null;
            currency: string;
            issueDate: string;
            dueDate: string | null;
            validUntil: string | null;
            totals: components["schemas"]["Totals"];
            balance: string | null;
            issuedAt: string | null;
            overdue: boolean;
            peppolStatus: ("queued" | "sent" | "delivered" | "failed") | null;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            /** @description ISO 8601 UTC instant */
            updatedAt: string;
            buyerReference: string | null;
            exchangeRate: string | null;
            /** @enum {string} */
            language: "fr" | "nl" | "en" | "de";
            pricesIncludeVat: boolean;
            /** @enum {string} */
            vatRegime: "standard" | "franchise";
            discountPercent: string;
            deliveryDate: string | null;
            paymentTermsDays: number | null;
            notes: string | null;
            conditions: string | null;
            paymentReference: string | null;
            lines: components["schemas"]["DocumentLine"][];
            vat: components["schemas"]["VatLine"][];
            credited: string;
            paid: string;
            invoicedNet: string | null;
            seller: components["schemas"]["Party"] | null;
            buyer: components["schemas"]["Party"] | null;
            contentHash: string | null;
            previousHash: string | null;
            allowedActions: string[];
            acceptance: {
                name: string | null;
                email: string | null;
                /** @description ISO 8601 UTC instant */
                at: string;
                /** @enum {string} */
                via: "public_page" | "app";
                timeZone: string;
            } | null;
            related: components["schemas"]["RelatedDocument"][];
            events: components["schemas"]["DocumentEvent"][];
        };
        DocumentCalculation: {
            lines: {
                net: string;
            }[];
            vat: {
                /** @enum {string} */
                category: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                rate: string;
                taxableAmount: string;
                vatAmount: string;
            }[];
            totals: components["schemas"]["Totals"];
        };
        DocumentListTotals: {
            count: number;
            currencies: {
                currency: string;
                count: number;
                taxExclusive: string;
                taxInclusive: string;
                balance: string | null;
            }[];
        };
        ChainVerification: {
            valid: boolean;
            documents: number;
            brokenAt: {
                id: string | null;
                kind: ("quote" | "order" | "invoice" | "credit_note") | null;
                number: string | null;
                chainIndex: number;
                reason: string;
            } | null;
        };
        DocumentSettings: {
            numberFormats: {
                quote: string;
                order: string;
                invoice: string;
                credit_note: string;
            };
            nextNumbers: {
                quote: string;
                order: string;
                invoice: string;
                credit_note: string;
            };
            paymentTermsDays: number;
            quoteValidityDays: number;
            /** @enum {string} */
            vatRegime: "standard" | "franchise";
            /** @enum {string} */
            paymentReferenceKind: "be-ogm" | "rf";
            /** @enum {string} */
            pdfTemplate: "classic" | "modern";
            accentColor: string | null;
            /** @enum {string} */
            mailAttachment: "pdf" | "facturx";
        };
        PaymentAllocation: {
            id: string;
            invoiceId: string;
            invoiceNumber: string | null;
            amount: string;
            invoiceCurrency: string;
            sourceAmount: string;
            exchangeRate: string | null;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
        };
        PaymentRefund: {
            id: string;
            date: string;
            amount: string;
            /** @enum {string} */
            method: "bank_transfer" | "cash" | "card" | "direct_debit" | "cheque" | "other";
            reference: string | null;
            note: string | null;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
        };
        Payment: {
            id: string;
            contactId: string;
            contactName: string | null;
            date: string;
            amount: string;
            currency: string;
            /** @enum {string} */
            method: "bank_transfer" | "cash" | "card" | "direct_debit" | "cheque" | "other";
            reference: string | null;
            note: string | null;
            allocated: string;
            refunded: string;
            unallocated: string;
            allocations: components["schemas"]["PaymentAllocation"][];
            refunds: components["schemas"]["PaymentRefund"][];
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            /** @description ISO 8601 UTC instant */
            updatedAt: string;
        };
        CreditNoteAllocations: {
            creditNoteId: string;
            currency: string;
            total: string;
            applied: string;
            remaining: string;
            allocations: components["schemas"]["PaymentAllocation"][];
        };
        Import: {
            id: string;
            /** @enum {string} */
            kind: "contacts" | "products";
            /** @enum {string} */
            status: "uploaded" | "queued" | "checking" | "saving" | "done" | "failed";
            filename: string | null;
            /** @enum {string} */
            encoding: "utf-8" | "windows-1252" | "utf-16le";
            /** @enum {string} */
            delimiter: "comma" | "semicolon" | "tab" | "pipe";
            headers: string[];
            preview: string[][];
            rowCount: number;
            fields: {
                key: string;
                required: boolean;
            }[];
            requirements: {
                required: string[];
                oneOf: string[][];
            };
            updateRequirements: {
                required: string[];
                oneOf: string[][];
            } | null;
            suggestedMapping: {
                [key: string]: string | null;
            };
            mapping: {
                [key: string]: string | null;
            } | null;
            progress: {
                phase: ("checking" | "saving") | null;
                done: number;
                total: number;
            };
            result: {
                created: number;
                updated: number;
            } | null;
            failure: {
                code: string;
                detail: string;
                errorCount: number;
                errors: {
                    row: number;
                    column: string | null;
                    field: string | null;
                    value: string | null;
                    message: string;
                }[];
            } | null;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            /** @description ISO 8601 UTC instant */
            updatedAt: string;
            finishedAt: string | null;
        };
        ImportValidation: {
            rowCount: number;
            validRowCount: number;
            toCreate: number;
            toUpdate: number;
            errorCount: number;
            errors: {
                row: number;
                column: string | null;
                field: string | null;
                value: string | null;
                message: string;
            }[];
        };
        NotificationList: {
            unread: number;
            items: {
                id: string;
                type: string;
                text: string;
                entityType: string | null;
                entityId: string | null;
                data: {
                    [key: string]: unknown;
                };
                /** @description ISO 8601 UTC instant */
                createdAt: string;
                read: boolean;
            }[];
        };
        MailTemplate: {
            /** @enum {string} */
            kind: "quote" | "order" | "invoice" | "credit_note" | "reminder";
            /** @enum {string} */
            language: "fr" | "nl" | "en" | "de";
            subject: string;
            body: string;
            custom: boolean;
        };
        MailPreview: {
            to: string[];
            cc: string[];
            bcc: string[];
            subject: string;
            body: string;
            attachments: string[];
        };
        DocumentMailPreview: {
            to: string[];
            cc: string[];
            bcc: string[];
            subject: string;
            body: string;
            attachments: string[];
            /**
             * @description `local`: no mail server is configured; messages stay in the outbox, readable in the app
             * @enum {string}
             */
            mailRoute: "company" | "installation" | "local";
        };
        OutboxMail: {
            id: string;
            to: string[];
            cc: string[];
            bcc: string[];
            subject: string;
            status: string;
            attempts: number;
            lastError: string | null;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            sentAt: string | null;
            entityType: string | null;
            entityId: string | null;
            attachments: {
                id: string;
                filename: string;
                contentType: string;
                size: number;
            }[];
        };
        OutboxMailDetail: {
            id: string;
            to: string[];
            cc: string[];
            bcc: string[];
            subject: string;
            status: string;
            attempts: number;
            lastError: string | null;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            sentAt: string | null;
            entityType: string | null;
            entityId: string | null;
            attachments: {
                id: string;
                filename: string;
                contentType: string;
                size: number;
            }[];
            text: string;
            html: string | null;
        };
        PublicLink: {
            url: string;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
        };
        MailSettings: {
            /** @enum {string} */
            source: "company" | "installation" | "local";
            /** @description Password hidden */
            smtpUrl: string | null;
            from: string;
        };
        PeppolSettings: {
            /**
             * @description `none`: Peppol is off; `local`: a folder (development, demo)
             * @enum {string}
             */
            provider: "none" | "local" | "einvoice_be";
            baseUrl: string | null;
            apiKeySet: boolean;
            /** @description The company’s Peppol id: its own, or derived from its numbers */
            peppolId: string | null;
            /** @description True when derived from the enterprise or VAT number */
            peppolIdDerived: boolean;
            registration: {
                /** @enum {string} */
                status: "unregistered" | "registered" | "failed";
                error: string | null;
                registeredAt: string | null;
            };
        };
        PeppolParticipant: {
            peppolId: string | null;
            reachable: boolean;
            documentTypes: string[];
            accepts: {
                invoice: boolean;
                creditNote: boolean;
            };
            checkedAt: string | null;
            /** @enum {string} */
            provider: "none" | "local" | "einvoice_be";
            /** @enum {string} */
            deliveryPreference: "auto" | "peppol" | "email";
        };
        RecurringRunPreview: {
            periodStart: string;
            periodEnd: string;
            /** @description ISO 8601 UTC instant */
            dueAt: string;
        };
        RecurringPreview: {
            runs: components["schemas"]["RecurringRunPreview"][];
        };
        RecurringRun: {
            id: string;
            periodStart: string;
            periodEnd: string;
            documentId: string | null;
            documentNumber: string | null;
            documentStatus: string | null;
            issueDate: string | null;
            taxInclusive: string | null;
            /** @enum {string} */
            status: "generated" | "failed";
            error: string | null;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
        };
        RecurringProfile: {
            id: string;
            contactId: string;
            contactName: string | null;
            name: string;
            /** @enum {string} */
            status: "active" | "paused" | "stopped";
            currency: string;
            language: ("fr" | "nl" | "en" | "de") | null;
            paymentTermsDays: number | null;
            notes: string | null;
            lines: {
                description: string;
                quantity: string;
                unitPrice: string;
                /** @enum {string} */
                vatCategory: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                vatRate: string;
                productId: string | null;
                followCatalogPrice: boolean;
            }[];
            schedule: {
                /** @enum {string} */
                frequency: "day" | "week" | "month" | "quarter" | "half_year" | "year";
                /** @default 1 */
                interval: number;
                dayOfMonth?: number | "last";
                startDate: string;
                endDate?: string | null;
                count?: number | null;
                timeOfDay: string;
                timeZone: string;
                /**
                 * @default advance
                 * @enum {string}
                 */
                billing: "advance" | "arrears";
            };
            /** @enum {string} */
            mode: "draft" | "issue_and_send";
            /** @enum {string} */
            issueDateRule: "run_date" | "period_date";
            lastPeriodStart: string | null;
            nextRunAt: string | null;
            amount: {
                taxExclusive: string;
                vatTotal: string;
                taxInclusive: string;
            };
            failures: number;
            pauseReason: string | null;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            /** @description ISO 8601 UTC instant */
            updatedAt: string;
        };
        RecurringProfileDetail: {
            id: string;
            contactId: string;
            contactName: string | null;
            name: string;
            /** @enum {string} */
            status: "active" | "paused" | "stopped";
            currency: string;
            language: ("fr" | "nl" | "en" | "de") | null;
            paymentTermsDays: number | null;
            notes: string | null;
            lines: {
                description: string;
                quantity: string;
                unitPrice: string;
                /** @enum {string} */
                vatCategory: "S" | "Z" | "E" | "AE" | "K" | "G" | "O";
                vatRate: string;
                productId: string | null;
                followCatalogPrice: boolean;
            }[];
            schedule: {
                /** @enum {string} */
                frequency: "day" | "week" | "month" | "quarter" | "half_year" | "year";
                /** @default 1 */
                interval: number;
                dayOfMonth?: number | "last";
                startDate: string;
                endDate?: string | null;
                count?: number | null;
                timeOfDay: string;
                timeZone: string;
                /**
                 * @default advance
                 * @enum {string}
                 */
                billing: "advance" | "arrears";
            };
            /** @enum {string} */
            mode: "draft" | "issue_and_send";
            /** @enum {string} */
            issueDateRule: "run_date" | "period_date";
            lastPeriodStart: string | null;
            nextRunAt: string | null;
            amount: {
                taxExclusive: string;
                vatTotal: string;
                taxInclusive: string;
            };
            failures: number;
            pauseReason: string | null;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            /** @description ISO 8601 UTC instant */
            updatedAt: string;
            runs: components["schemas"]["RecurringRun"][];
        };
        RecurringSummary: {
            month: string;
            currencies: {
                currency: string;
                taxExclusive: string;
                taxInclusive: string;
                invoices: number;
            }[];
            profiles: {
                active: number;
                paused: number;
                failing: number;
            };
        };
        Reminder: {
            id: string;
            invoiceId: string;
            invoiceNumber: string | null;
            /** @description The level of the reminder rules it was made at, from 1 */
            level: number;
            /** @description 1 first reminder, 2 second reminder, 3 formal notice: decided from the rules when the reminder was made, kept if they change */
            tone: 1 | 2 | 3;
            title: string;
            /** @enum {string} */
            language: "fr" | "nl" | "en" | "de";
            currency: string;
            date: string;
            payBy: string;
            daysLate: number;
            amountDue: string;
            fee: string;
            interest: string;
            damages: string;
            repeatIndex: number;
            /** @enum {string} */
            delivery: "email" | "print";
            /** @enum {string} */
            origin: "manual" | "automatic";
            total: string;
            /** @enum {string} */
            status: "created" | "sent";
            pdfSha256: string | null;
            mailId: string | null;
            mailStatus: string | null;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            sentAt: string | null;
            feeInvoiceId: string | null;
        };
        ReminderRules: {
            /** @enum {string} */
            scope: "company" | "customer";
            contactId: string | null;
            saved: boolean;
            enabled: boolean;
            levels: {
                days: number;
                fee: string;
                interestRate: string;
                /** @enum {string} */
                damages: "none" | "be-b2c-scale" | "b2b-40";
                attachInvoicePdf: boolean;
                attachStatement: boolean;
                templates: {
                    [key: string]: {
                        subject: string;
                        body: string;
                    };
                };
            }[];
            repeatEveryDays: number | null;
            payWithinDays: number;
            consumerCaps: boolean;
            updatedAt: string | null;
        };
        ReminderPause: {
            invoiceId: string | null;
            contactId: string | null;
            reason: string;
            /** @description ISO 8601 UTC instant */
            pausedAt: string;
        };
        ReminderListItem: {
            id: string;
            invoiceId: string;
            invoiceNumber: string | null;
            /** @description The level of the reminder rules it was made at, from 1 */
            level: number;
            /** @description 1 first reminder, 2 second reminder, 3 formal notice: decided from the rules when the reminder was made, kept if they change */
            tone: 1 | 2 | 3;
            title: string;
            /** @enum {string} */
            language: "fr" | "nl" | "en" | "de";
            currency: string;
            date: string;
            payBy: string;
            daysLate: number;
            amountDue: string;
            fee: string;
            interest: string;
            damages: string;
            repeatIndex: number;
            /** @enum {string} */
            delivery: "email" | "print";
            /** @enum {string} */
            origin: "manual" | "automatic";
            total: string;
            /** @enum {string} */
            status: "created" | "sent";
            pdfSha256: string | null;
            mailId: string | null;
            mailStatus: string | null;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
            sentAt: string | null;
            feeInvoiceId: string | null;
            contactId: string | null;
            contactName: string | null;
        };
        UpcomingReminder: {
            invoiceId: string;
            invoiceNumber: string | null;
            contactId: string | null;
            contactName: string | null;
            dueDate: string;
            currency: string;
            amountDue: string;
            level: number;
            repeatIndex: number;
            on: string;
        };
        PausedReminder: {
            id: string;
            /** @enum {string} */
            scope: "invoice" | "customer";
            invoiceId: string | null;
            invoiceNumber: string | null;
            contactId: string | null;
            contactName: string | null;
            reason: string;
            /** @description ISO 8601 UTC instant */
            pausedAt: string;
            pausedBy: {
                id: string;
                name: string;
            } | null;
        };
        ReminderSummary: {
            weekStart: string;
            sentThisWeek: number;
            toPrint: number;
            paused: number;
        };
        ReminderPreviewRequest: {
            /** @default true */
            enabled: boolean;
            levels: {
                /** @description Days after the due date */
                days: number;
                /**
                 * @description Decimal string in the invoice’s currency
                 * @default 0
                 */
                fee: string;
                /**
                 * @description Annual interest rate in percent, counted per day late
                 * @default 0
                 */
                interestRate: string;
                /**
                 * @default none
                 * @enum {string}
                 */
                damages: "none" | "be-b2c-scale" | "b2b-40";
                /**
                 * @description The mail carries the invoice PDF too
                 * @default false
                 */
                attachInvoicePdf: boolean;
                /**
                 * @description The mail carries the customer’s statement of account as of the reminder’s date too
                 * @default false
                 */
                attachStatement: boolean;
                /** @default {} */
                templates: {
                    fr?: {
                        subject: string;
                        body: string;
                    };
                    nl?: {
                        subject: string;
                        body: string;
                    };
                    en?: {
                        subject: string;
                        body: string;
                    };
                    de?: {
                        subject: string;
                        body: string;
                    };
                };
            }[];
            /** @default null */
            repeatEveryDays: number | null;
            /** @default 14 */
            payWithinDays: number;
            /** @default false */
            consumerCaps: boolean;
            /** @description The level of `levels` to preview, 1-based */
            level: number;
            /** @description An issued, unpaid invoice of the company; default: the most overdue open invoice */
            invoiceId?: string;
            /** @description Default invoice among this customer’s (a customer’s own rules) */
            contactId?: string;
            /**
             * @description Default: the invoice’s language (its customer’s)
             * @enum {string}
             */
            language?: "fr" | "nl" | "en" | "de";
        };
        ReminderPreview: {
            invoice: {
                id: string;
                number: string | null;
                contactId: string | null;
                contactName: string | null;
                dueDate: string;
            };
            level: number;
            title: string;
            /** @enum {string} */
            language: "fr" | "nl" | "en" | "de";
            currency: string;
            date: string;
            payBy: string;
            daysLate: number;
            amountDue: string;
            fee: string;
            interest: string;
            damages: string;
            total: string;
            /** @enum {string} */
            delivery: "email" | "print";
            mail: components["schemas"]["MailPreview"];
            pdf: {
                filename: string;
                /** @constant */
                contentType: "application/pdf";
                base64: string;
            };
        };
        Job: {
            id: string;
            name: string;
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            subject: components["schemas"]["Subject"] | null;
            data: {
                [key: string]: unknown;
            };
            references: {
                [key: string]: components["schemas"]["Subject"];
            };
            attempts: number;
            maxAttempts: number;
            /** @description ISO 8601 UTC instant */
            runAt: string;
            finishedAt: string | null;
            lastError: string | null;
            /** @description ISO 8601 UTC instant */
            createdAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
