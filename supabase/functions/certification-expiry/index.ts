// certification-expiry: the Edge Function host of the nightly certification expiry.
//
// The work itself lives in the database (supabase/migrations/20261127120000_certification_expiry.sql): this
// function starts a run (host 'edge'), then calls public.expire_certification_batch in a loop, one committed
// batch per PostgREST request, passing each batch's cursor to the next, until a batch says done. pg_cron's
// procedure (private.run_certification_expiry) and the Python SDK/CLI run the very same RPCs.
//
// Request: POST, JSON body (all optional; unknown keys are ignored, an empty body is `{}`):
//   {"batch_size": 500, "time_budget_ms": 120000}            start a new run
//   {"run_id": 42, "after_date": "2026-11-01", "after_mentor": "<uuid>"}   resume run 42 after that cursor
//   ({"run_id": 42, "cursor": {"after_date": ..., "after_mentor": ...}} is accepted too: post back what you got)
// Response (JSON):
//   200 {run_id, batches, processed, expired, done: true,  cursor: {after_date, after_mentor}}   finished
//   202 {run_id, batches, processed, expired, done: false, cursor: {...}}   stopped for the time budget: call
//       again with {run_id, after_date: cursor.after_date, after_mentor: cursor.after_mentor} to go on
//   400 {error} bad body; 401 {error} not called with a secret key; 405 {error} not POST;
//   404/409 {error, run_id} the run to resume does not exist / has already finished (nothing is recorded);
//   500 {error, run_id?} an RPC failed: the run is marked failed (fail_certification_expiry_run) when it exists.
// batches/processed/expired count this invocation only; the run record (public.certification_expiry_runs)
// has the totals.
//
// Time budget. Supabase's documented Edge Function limits (https://supabase.com/docs/guides/functions/limits):
// wall clock 150 s (free plan) / 400 s (paid plans) per worker; 2 s of CPU time per request, async I/O not
// included; request idle timeout 150 s, after which the caller gets 504 Gateway Timeout. This function answers
// once, at the end, so 150 s is the limit on every plan. It spends its CPU on a little JSON per batch and waits
// on PostgREST the rest of the time, so the wall clock is what it budgets:
// - it stops starting batches at the budget (body time_budget_ms, else env CERTIFICATION_EXPIRY_TIME_BUDGET_MS,
//   else 120 s; at most 120 s), never starting one it cannot expect to finish in time (it assumes the next batch
//   takes as long as the slowest so far); the first batch of an invocation always runs, so every call progresses;
// - a call that overruns the budget by more than ABANDON_AFTER_OVERRUN_MS is abandoned and the run marked failed,
//   with FAIL_TIMEOUT_MS for that: 120 s + 15 s + 10 s stays under the 150 s idle timeout.
//
// Who may call it: the platform's verify_jwt check (on by default) only proves the caller has *some* project
// key, the public anon key included, while this function works as service_role. So the handler also requires a
// secret key: `Authorization: Bearer <key>` or `apikey: <key>` equal to SUPABASE_SERVICE_ROLE_KEY or one of
// SUPABASE_SECRET_KEYS (https://supabase.com/docs/guides/functions/secrets,
// https://supabase.com/docs/guides/functions/auth-headers).
//
// Only npm: and node: imports: JSR is not reachable from the machines that test this.

import { createClient } from "npm:@supabase/supabase-js@2";

export const HOST = "edge";
export const DEFAULT_BATCH_SIZE = 500;
export const MAX_BATCH_SIZE = 10_000; // expire_certification_batch's own limit
export const DEFAULT_TIME_BUDGET_MS = 120_000;
export const MAX_TIME_BUDGET_MS = 120_000;
export const ABANDON_AFTER_OVERRUN_MS = 15_000;
export const FAIL_TIMEOUT_MS = 10_000;
/** Waits before retrying a batch that failed in transit (the batch is idempotent: see retryable()). */
export const RETRY_DELAYS_MS = [250, 1_000];

// -- What the handler needs from supabase-js (a SupabaseClient satisfies it; tests pass a fake) -----------------

export interface RpcError {
  message: string;
  code?: string | null;
  details?: string | null;
  hint?: string | null;
}

export interface RpcResponse {
  data: unknown;
  error: RpcError | null;
  status: number;
}

export interface RpcCall extends PromiseLike<RpcResponse> {
  abortSignal(signal: AbortSignal): PromiseLike<RpcResponse>;
}

export interface RpcClient {
  rpc(fn: string, args?: Record<string, unknown>): RpcCall;
}

export interface Dependencies {
  /** A supabase-js client acting as service_role. */
  client: RpcClient;
  /** Milliseconds on a monotonic clock (performance.now()). */
  now: () => number;
  /** Default time budget of an invocation (the body's time_budget_ms wins). */
  timeBudgetMs: number;
  /** Default batch size (the body's batch_size wins). */
  batchSize: number;
  /** Keys a caller may present (Authorization: Bearer or apikey); empty: nobody may call. */
  secretKeys: readonly string[];
  sleep?: (ms: number) => Promise<void>;
  log?: (line: string) => void;
  abandonAfterOverrunMs?: number;
  failTimeoutMs?: number;
}

export interface Cursor {
  after_date: string | null;
  after_mentor: string | null;
}

export interface Outcome {
  run_id: number;
  batches: number;
  processed: number;
  expired: number;
  done: boolean;
  cursor: Cursor;
}

interface Batch {
  processed: number;
  expired: number;
  next_after_date: string | null;
  next_after_mentor: string | null;
  done: boolean;
}

interface Invocation {
  runId: number | null;
  cursor: Cursor;
  batchSize: number;
  timeBudgetMs: number;
}

// -- Request parsing ------------------------------------------------------------------------------------------------

class BadRequest extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function integerSetting(name: string, value: unknown, min: number, max: number): number {
  const number = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < min || number > max) {
    throw new BadRequest(`${name} must be an integer between ${min} and ${max}, got ${JSON.stringify(value)}`);
  }
  return number;
}

function optionalDate(name: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" && DATE.test(value)) {
    const parsed = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value)) return value;
  }
  throw new BadRequest(`${name} must be a date (YYYY-MM-DD) or null, got ${JSON.stringify(value)}`);
}

function optionalUuid(name: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" && UUID.test(value)) return value.toLowerCase();
  throw new BadRequest(`${name} must be a UUID or null, got ${JSON.stringify(value)}`);
}

async function parseRequest(request: Request, deps: Dependencies): Promise<Invocation> {
  const text = await request.text();
  let body: unknown = {};
  if (text.trim() !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      throw new BadRequest("the body must be a JSON object");
    }
  }
  if (!isObject(body)) throw new BadRequest("the body must be a JSON object");

  const runId = body.run_id === undefined || body.run_id === null
    ? null
    : integerSetting("run_id", body.run_id, 1, Number.MAX_SAFE_INTEGER);
  let cursorSource: Record<string, unknown> = body;
  if (body.cursor !== undefined && body.cursor !== null) {
    if (!isObject(body.cursor)) throw new BadRequest("cursor must be an object {after_date, after_mentor}");
    if (body.after_date !== undefined || body.after_mentor !== undefined) {
      throw new BadRequest("give the cursor either as after_date/after_mentor or as cursor, not both");
    }
    cursorSource = body.cursor;
  }
  const cursor = {
    after_date: optionalDate("after_date", cursorSource.after_date),
    after_mentor: optionalUuid("after_mentor", cursorSource.after_mentor),
  };
  if (runId === null && (cursor.after_date !== null || cursor.after_mentor !== null)) {
    throw new BadRequest("a cursor resumes a run: give its run_id too");
  }
  return {
    runId,
    cursor,
    batchSize: body.batch_size === undefined || body.batch_size === null
      ? deps.batchSize
      : integerSetting("batch_size", body.batch_size, 1, MAX_BATCH_SIZE),
    timeBudgetMs: body.time_budget_ms === undefined || body.time_budget_ms === null
      ? deps.timeBudgetMs
      : integerSetting("time_budget_ms", body.time_budget_ms, 1, MAX_TIME_BUDGET_MS),
  };
}

// -- Authorization --------------------------------------------------------------------------------------------------

function sameKey(a: string, b: string): boolean {
  // Constant time for equal lengths; a length mismatch says only that the length differs.
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  if (x.length !== y.length) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}

function presentedKeys(request: Request): string[] {
  const keys: string[] = [];
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  if (bearer) keys.push(bearer[1]);
  const apikey = request.headers.get("apikey");
  if (apikey) keys.push(apikey.trim());
  return keys;
}

function authorized(request: Request, secretKeys: readonly string[]): boolean {
  const presented = presentedKeys(request);
  return secretKeys.some((key) => key !== "" && presented.some((given) => sameKey(given, key)));
}

// -- The RPCs -------------------------------------------------------------------------------------------------------

interface Call {
  response: RpcResponse;
  /** Our own deadline aborted it (as opposed to the network failing). */
  abandoned: boolean;
}

async function call(
  client: RpcClient,
  fn: string,
  args: Record<string, unknown>,
  timeoutMs: number,
): Promise<Call> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(0, timeoutMs));
  try {
    const response = await client.rpc(fn, args).abortSignal(controller.signal);
    return { response, abandoned: controller.signal.aborted };
  } catch (error) {
    // supabase-js answers failures as {error}; anything thrown is still a failed call.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { response: { data: null, error: { message }, status: 0 }, abandoned: controller.signal.aborted };
  } finally {
    clearTimeout(timer);
  }
}

/** pg_cron's procedure records `sqlstate: message`; PostgREST gives the SQLSTATE (or PGRSTxxx) as code. */
export function errorText(error: RpcError): string {
  return error.code ? `${error.code}: ${error.message}` : error.message;
}

/** A batch may be sent again with the same cursor whatever happened to the first attempt: mentors it expired are
 * no longer lapsed-and-unexpired, so a repeat only takes the ones still left (and the run record counts what was
 * committed). So failures in transit are retried: no answer (status 0, not our own deadline), a gateway error
 * (502, 504, 520), PostgREST without its database (503 PGRST000/001/002) or its pool (504 PGRST003). */
function retryable(call: Call): boolean {
  return !call.abandoned && [0, 502, 503, 504, 520].includes(call.response.status);
}

function parseBatch(data: unknown): Batch | null {
  const row = Array.isArray(data) && data.length === 1 ? data[0] : data;
  if (
    !isObject(row) || typeof row.processed !== "number" || typeof row.expired !== "number" ||
    typeof row.done !== "boolean"
  ) {
    return null;
  }
  return {
    processed: row.processed,
    expired: row.expired,
    next_after_date: typeof row.next_after_date === "string" ? row.next_after_date : null,
    next_after_mentor: typeof row.next_after_mentor === "string" ? row.next_after_mentor : null,
    done: row.done,
  };
}

// -- The handler ----------------------------------------------------------------------------------------------------

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

/** The request handler, with its dependencies: `Deno.serve(createHandler(deps))`. */
export function createHandler(deps: Dependencies): (request: Request) => Promise<Response> {
  return (request) => handle(request, deps);
}

export async function handle(request: Request, deps: Dependencies): Promise<Response> {
  const started = deps.now();
  const log = deps.log ?? ((line: string) => console.log(line));
  if (request.method !== "POST") {
    return json({ error: `method ${request.method} not allowed: POST` }, 405, { Allow: "POST" });
  }
  if (!authorized(request, deps.secretKeys)) {
    return json({ error: "call this function with a secret key (service_role)" }, 401);
  }
  let input: Invocation;
  try {
    input = await parseRequest(request, deps);
  } catch (error) {
    if (error instanceof BadRequest) return json({ error: error.message }, 400);
    throw error;
  }

  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = started + input.timeBudgetMs;
  const abandonAt = deadline + (deps.abandonAfterOverrunMs ?? ABANDON_AFTER_OVERRUN_MS);
  const remaining = (until: number) => until - deps.now();

  const fail = async (runId: number, text: string): Promise<Response> => {
    const failed = await call(
      deps.client,
      "fail_certification_expiry_run",
      { p_run_id: runId, p_error: text },
      deps.failTimeoutMs ?? FAIL_TIMEOUT_MS,
    );
    const error = failed.response.error
      ? `${text} (recording the failure failed too: ${errorText(failed.response.error)})`
      : text;
    log(JSON.stringify({ certification_expiry: "failed", run_id: runId, error }));
    return json({ error, run_id: runId }, 500);
  };

  // Start a run, or resume the one given.
  let runId: number;
  if (input.runId === null) {
    const start = await call(deps.client, "start_certification_expiry_run", { p_host: HOST }, remaining(abandonAt));
    const id = start.response.data;
    if (start.response.error || typeof id !== "number" || !Number.isSafeInteger(id)) {
      const text = start.response.error
        ? errorText(start.response.error)
        : `start_certification_expiry_run answered ${JSON.stringify(id)}, not a run id`;
      log(JSON.stringify({ certification_expiry: "failed to start", error: text }));
      return json({ error: text }, 500);
    }
    runId = id;
  } else {
    runId = input.runId;
  }

  const outcome: Outcome = {
    run_id: runId,
    batches: 0,
    processed: 0,
    expired: 0,
    done: false,
    cursor: { ...input.cursor },
  };
  let slowestMs = 0;
  while (true) {
    // Never start a batch that, taking as long as the slowest so far, would end after the budget. The first one
    // always runs, so every invocation moves the run forward.
    if (outcome.batches > 0 && deps.now() + slowestMs > deadline) break;
    const batchStarted = deps.now();
    const args = {
      p_run_id: runId,
      p_after_date: outcome.cursor.after_date,
      p_after_mentor: outcome.cursor.after_mentor,
      p_limit: input.batchSize,
    };
    let attempt = await call(deps.client, "expire_certification_batch", args, remaining(abandonAt));
    for (const delay of RETRY_DELAYS_MS) {
      if (!retryable(attempt) || deps.now() + delay + slowestMs > deadline) break;
      await sleep(delay);
      attempt = await call(deps.client, "expire_certification_batch", args, remaining(abandonAt));
    }
    const { response } = attempt;
    const batch = response.error ? null : parseBatch(response.data);
    if (batch === null) {
      const error = response.error;
      // The run is gone or already over (PT404/PT409: resuming a wrong or finished run, or another invocation
      // finished it meanwhile): there is nothing to record on it.
      if (error && (error.code === "PT404" || error.code === "PT409")) {
        return json({ error: errorText(error), run_id: runId }, error.code === "PT404" ? 404 : 409);
      }
      let text = error
        ? errorText(error)
        : `expire_certification_batch answered ${JSON.stringify(response.data)}, not a batch`;
      if (attempt.abandoned) {
        text = `expire_certification_batch did not answer within the time budget (${input.timeBudgetMs} ms) ` +
          `and ${deps.abandonAfterOverrunMs ?? ABANDON_AFTER_OVERRUN_MS} ms more: ${text}`;
      }
      return await fail(runId, text);
    }
    slowestMs = Math.max(slowestMs, deps.now() - batchStarted);
    outcome.batches += 1;
    outcome.processed += batch.processed;
    outcome.expired += batch.expired;
    outcome.cursor = { after_date: batch.next_after_date, after_mentor: batch.next_after_mentor };
    if (batch.done) {
      outcome.done = true;
      break;
    }
  }
  log(JSON.stringify({ certification_expiry: outcome.done ? "done" : "stopped for the time budget", ...outcome }));
  return json(outcome, outcome.done ? 200 : 202);
}

// -- Production wiring ----------------------------------------------------------------------------------------------

type Env = { get(name: string): string | undefined };

/** SUPABASE_SECRET_KEYS is a JSON object of named secret keys (the new API keys); tolerate its absence. */
function secretKeysFrom(env: Env): string[] {
  const keys: string[] = [];
  for (const name of ["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SECRET_KEY"]) {
    const value = env.get(name);
    if (value) keys.push(value);
  }
  const named = env.get("SUPABASE_SECRET_KEYS");
  if (named) {
    try {
      const parsed: unknown = JSON.parse(named);
      if (isObject(parsed)) {
        for (const value of Object.values(parsed)) if (typeof value === "string" && value) keys.push(value);
      }
    } catch {
      // not JSON: ignore it, the legacy key may still be there
    }
  }
  return keys;
}

/** The dependencies from the environment Supabase gives every function (throws on a bad setting). */
export function dependenciesFromEnv(env: Env = Deno.env): Dependencies {
  const url = env.get("SUPABASE_URL");
  const secretKeys = secretKeysFrom(env);
  if (!url || secretKeys.length === 0) {
    throw new Error("SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY (or SUPABASE_SECRET_KEYS) must be set");
  }
  const setting = (name: string, fallback: number, max: number) => {
    const value = env.get(name);
    return value === undefined || value.trim() === "" ? fallback : integerSetting(name, value, 1, max);
  };
  const client = createClient(url, secretKeys[0], {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
  return {
    client,
    now: () => performance.now(),
    batchSize: setting("CERTIFICATION_EXPIRY_BATCH_SIZE", DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE),
    timeBudgetMs: setting("CERTIFICATION_EXPIRY_TIME_BUDGET_MS", DEFAULT_TIME_BUDGET_MS, MAX_TIME_BUDGET_MS),
    secretKeys,
  };
}

/** The production handler; a configuration error answers 500 with the reason instead of failing to boot. */
export function productionHandler(env: Env = Deno.env): (request: Request) => Promise<Response> {
  try {
    return createHandler(dependenciesFromEnv(env));
  } catch (error) {
    const message = `certification-expiry is misconfigured: ${(error as Error).message}`;
    console.error(message);
    return () => Promise.resolve(json({ error: message }, 500));
  }
}

if (import.meta.main) {
  Deno.serve(productionHandler());
}
