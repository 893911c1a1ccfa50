import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('refuses bad values, naming each variable and what it should be', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT must be a number \(got "eighty"\)/);
    expect(message).toMatch(/DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\//);
    expect(message).toMatch(/LOG_LEVEL/);
  });

  it('refuses a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be between 0 and 65535/);
  });

  it('refuses production without a real database or mail server', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail:25' })).toThrow(/DATABASE_URL must be set in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/kindred' })).toThrow(/SMTP_URL must be set in production/);
  });

  it('defaults to port 4000 and the embedded database with demo data in development', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(4000);
    expect(config.http.publicUrl).toBe('http://localhost:4000');
    expect(config.database.url).toBeUndefined();
    expect(config.demoData).toBe(true);
    expect(config.sessions.secureCookie).toBe(false);
  });

  it('never loads demo accounts in production, even when asked', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/k', SMTP_URL: 'smtp://m:25', DEMO_DATA: 'true' });
    expect(config.demoData).toBe(false);
  });

  it('does not load demo data into a database it was pointed at unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/k' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/k', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('uses secure cookies when served over HTTPS', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://kindred.example.org/' }).sessions.secureCookie).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'https://kindred.example.org/' }).http.publicUrl).toBe('https://kindred.example.org');
  });

  it('sends events between processes through Redis only when REDIS_URL names one', () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'rediss://user:secret@cache.example.org:6380' }).redisUrl).toBe('rediss://user:secret@cache.example.org:6380');
    expect(() => loadConfig({ REDIS_URL: 'http://cache:6379' })).toThrow(/REDIS_URL must be a URL starting with redis:\/\/ or rediss:\/\//);
  });

  it('takes a job over from a silent process after 30 s unless told otherwise, never under 10 s', () => {
    expect(loadConfig({}).jobHeartbeatSeconds).toBe(30);
    expect(loadConfig({ JOB_HEARTBEAT_SECONDS: '10' }).jobHeartbeatSeconds).toBe(10);
    expect(() => loadConfig({ JOB_HEARTBEAT_SECONDS: '5' })).toThrow(/JOB_HEARTBEAT_SECONDS must be at least 10/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).http.port).toBe(4000);
  });
});
