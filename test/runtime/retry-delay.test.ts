/** The wait before each retry: server-sent delays (capped), else exponential backoff with jitter. */
import { describe, expect, it } from 'vitest';
import { backoffMs, MAX_SERVER_DELAY_MS, retryDelayMs, serverDelayMs } from '../../generator/runtime/retry-delay.js';

const NOW = Date.parse('2025-01-01T00:00:00Z');
const headers = (init: Record<string, string>) => new Headers(init);

describe('backoffMs', () => {
  it.each([
    // retryIndex, random fraction, want
    [0, 0, 500],
    [0, 1, 375],
    [1, 0, 1000],
    [2, 0, 2000],
    [3, 0, 4000],
    [4, 0, 8000],
    [5, 0, 8000],
    [10, 1, 6000],
    [1, 0.5, 875],
  ])('retry %i with random %f waits %f ms', (retryIndex, random, want) => {
    expect(backoffMs(retryIndex, random)).toBe(want);
  });
});

describe('serverDelayMs', () => {
  it.each([
    ['nothing', {}, undefined],
    ['retry-after-ms', { 'retry-after-ms': '250' }, 250],
    ['retry-after-ms with a fraction', { 'retry-after-ms': '12.5' }, 12.5],
    ['retry-after-ms over Retry-After', { 'retry-after-ms': '20', 'retry-after': '5' }, 20],
    ['Retry-After in seconds', { 'retry-after': '3' }, 3000],
    ['Retry-After zero', { 'retry-after': '0' }, 0],
    ['Retry-After as an HTTP date', { 'retry-after': 'Wed, 01 Jan 2025 00:00:07 GMT' }, 7000],
    ['Retry-After as a past date', { 'retry-after': 'Tue, 31 Dec 2024 23:59:00 GMT' }, 0],
    ['garbage', { 'retry-after': 'soon' }, undefined],
    ['a negative number', { 'retry-after': '-5' }, undefined],
    ['invalid retry-after-ms, valid Retry-After', { 'retry-after-ms': 'x', 'retry-after': '2' }, 2000],
  ] as const)('%s', (_name, init, want) => {
    expect(serverDelayMs(headers(init), NOW)).toBe(want);
  });
});

describe('retryDelayMs', () => {
  it('caps what the server asks for at 60 s', () => {
    expect(MAX_SERVER_DELAY_MS).toBe(60_000);
    expect(retryDelayMs(0, headers({ 'retry-after': '86400' }), NOW)).toBe(60_000);
    expect(retryDelayMs(0, headers({ 'retry-after-ms': '999999999' }), NOW)).toBe(60_000);
    expect(retryDelayMs(0, headers({ 'retry-after': 'Fri, 01 Jan 2100 00:00:00 GMT' }), NOW)).toBe(60_000);
  });

  it('uses the server delay as is below the cap, without jitter', () => {
    expect(retryDelayMs(3, headers({ 'retry-after': '2' }), NOW, () => 1)).toBe(2000);
  });

  it('falls back to backoff when the response asks for nothing', () => {
    expect(retryDelayMs(1, headers({}), NOW, () => 0)).toBe(1000);
    expect(retryDelayMs(1, undefined, NOW, () => 1)).toBe(750);
  });

  it('stays within [75 %, 100 %] of the backoff with real randomness', () => {
    for (let i = 0; i < 200; i++) {
      const delay = retryDelayMs(0, undefined);
      expect(delay).toBeGreaterThanOrEqual(375);
      expect(delay).toBeLessThanOrEqual(500);
    }
  });
});
