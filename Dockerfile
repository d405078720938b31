# syntax=docker/dockerfile:1
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ormconfig.ts ./
COPY src ./src
COPY scripts ./scripts
COPY bench ./bench
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
# The service only: dist/bench and dist/scripts need dev dependencies and a checkout.
COPY --from=build --chown=node:node /app/dist/src ./dist/src
COPY --from=build --chown=node:node /app/dist/package.json /app/dist/ormconfig.js ./dist/
COPY --chown=node:node package.json ./
# DATA_DIR holds the embedded database and its password: private to the runtime user (the
# service refuses a DATA_DIR that group or others may write).
RUN mkdir -m 0700 /data && chown node:node /data
USER node
EXPOSE 3000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# A heap limit well above what the largest request needs (a 10 MiB import parses into about
# 100 MB) keeps V8 from growing the heap to its default GBs: peak RSS under load ~170 MB, not ~290.
CMD ["node", "--max-old-space-size=512", "--max-semi-space-size=16", "dist/src/main.js"]
