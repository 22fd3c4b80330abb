import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT || 4173);

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      command: `node e2e/server.mjs`,
      cwd: '..',
      env: { PORT: String(port) },
      url: `http://127.0.0.1:${port}/health.txt`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // The chat relay the chat specs talk to (agent token e2e-token), on E2E_RELAY_PORT or the fixture
    // port + 7 (4180), so runs on other fixture ports get their own. An in-memory database, so every
    // run starts empty; specs that stop and restart a relay start their own.
    {
      command: `node packages/relay/src/cli.js --port ${process.env.E2E_RELAY_PORT || port + 7} --db :memory: --token e2e-token --origins http://127.0.0.1:${port} --quiet`,
      cwd: '..',
      url: `http://127.0.0.1:${process.env.E2E_RELAY_PORT || port + 7}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
