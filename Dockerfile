# syntax=docker/dockerfile:1
# Stellwerk for production: Next.js on Node 24 (the current LTS), as a non-root user. On start
# it applies pending migrations (offline WASM runner, lib/migrate), then serves on port 3000.
# tests/image/runtime-stage.ts does what the runtime stage does, without Docker (npm test).
# Built and run by docker-compose.yml; needs DATABASE_URL, NEXTAUTH_SECRET,
# NEXT_SERVER_ACTIONS_ENCRYPTION_KEY at run time.

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false

# All dependencies. postinstall runs `prisma generate` (it sets PRISMA_SCHEMA_ENGINE_BINARY
# itself), which needs the schema and prisma.config.ts.
FROM base AS deps
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma/schema.prisma prisma/schema.prisma
RUN npm ci

# Runtime dependencies only. No scripts: `prisma generate` needs the dev-only CLI; the
# generated client is copied from the build instead.
FROM base AS prod-deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts

FROM base AS build
COPY --from=deps /app/node_modules node_modules
COPY . .
COPY --from=deps /app/lib/generated lib/generated
# Route modules validate DATABASE_URL when they are loaded; nothing connects during the build.
RUN DATABASE_URL=postgresql://build@127.0.0.1:1/build npm run build && rm -rf .next/cache

FROM base AS runtime
ENV NODE_ENV=production \
    PORT=3000
COPY --from=prod-deps /app/node_modules node_modules
COPY --from=build /app/package.json /app/next.config.js ./
COPY --from=build /app/public public
# Migrations and the runner (executed with tsx), plus the generated client it imports.
COPY --from=build /app/prisma prisma
COPY --from=build /app/lib lib
# Next writes its runtime cache under .next, so that one belongs to the app user.
COPY --from=build --chown=node:node /app/.next .next
USER node
EXPOSE 3000
CMD ["sh", "-c", "npm run db:migrate && exec node lib/server/start.mjs --hostname 0.0.0.0 --port \"$PORT\""]
