// Unit tests of the loop: a fake supabase-js client over a fake database that keeps the batch RPC's contract
// (keyset order by (certification_expires_on, mentor_id), done when a batch comes back short, a run record that
// says what was committed), and a fake clock that each call advances.
//
// deno test --allow-env index_test.ts

import assert from "node:assert/strict";
import {
  ABANDON_AFTER_OVERRUN_MS,
  createHandler,
  DEFAULT_BATCH_SIZE,
  DEFAULT_TIME_BUDGET_MS,
  type Dependencies,
  dependenciesFromEnv,
  errorText,
  MAX_TIME_BUDGET_MS,
  productionHandler,
  type RpcCall,
  type RpcClient,
  type RpcResponse,
} from "./index.ts";

const KEY = "service-role-key-for-tests";

interface Mentor {
  date: string;
  id: string;
}

interface Run {
  id: number;
  host: string;
  batches: number;
  expired: number;
  finished: boolean;
  error: string | null;
}

type Fault = (
  fn: string,
  args: Record<string, unknown>,
  signal: AbortSignal,
) => RpcResponse | Promise<RpcResponse> | null;

function mentor(n: number, date: string): Mentor {
  return { date, id: `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}` };
}

/** Lapsed mentors on two dates, so the cursor crosses a date with a mentor tie-break. */
function lapsed(count: number): Mentor[] {
  return Array.from({ length: count }, (_, i) => mentor(i + 1, i < count / 2 ? "2026-10-01" : "2026-10-15"));
}

class FakeDatabase implements RpcClient {
  calls: { fn: string; args: Record<string, unknown> }[] = [];
  runs = new Map<number, Run>();
  expiredTimes = new Map<string, number>();
  /** Milliseconds each call takes on the fake clock, by function (a list: one per call, the last repeats). */
  latency: Record<string, number[]> = {};
  faults: Fault[] = [];
  clock = 0;

  constructor(public mentors: Mentor[]) {
    this.mentors = [...mentors].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  }

  now = () => this.clock;

  rpc(fn: string, args: Record<string, unknown> = {}): RpcCall {
    let signal: AbortSignal = new AbortController().signal;
    const run = () => this.answer(fn, args, signal);
    return {
      abortSignal(given: AbortSignal) {
        signal = given;
        return run();
      },
      then(onfulfilled, onrejected) {
        return run().then(onfulfilled, onrejected);
      },
    };
  }

  private async answer(fn: string, args: Record<string, unknown>, signal: AbortSignal): Promise<RpcResponse> {
    this.calls.push({ fn, args });
    const n = this.calls.filter((c) => c.fn === fn).length;
    const latencies = this.latency[fn] ?? [0];
    this.clock += latencies[Math.min(n, latencies.length) - 1];
    for (const fault of this.faults) {
      const answer = await fault(fn, args, signal);
      if (answer) return answer;
    }
    switch (fn) {
      case "start_certification_expiry_run":
        return this.start(String(args.p_host));
      case "expire_certification_batch":
        return this.batch(args);
      case "fail_certification_expiry_run":
        return this.fail(Number(args.p_run_id), String(args.p_error));
    }
    return { data: null, error: { code: "PGRST202", message: `no function ${fn}` }, status: 404 };
  }

  private start(host: string): RpcResponse {
    const id = this.runs.size + 1;
    this.runs.set(id, { id, host, batches: 0, expired: 0, finished: false, error: null });
    return { data: id, error: null, status: 200 };
  }

  private batch(args: Record<string, unknown>): RpcResponse {
    const run = this.runs.get(Number(args.p_run_id));
    if (!run) return { data: null, error: { code: "PT404", message: "run not found" }, status: 404 };
    if (run.finished) {
      return { data: null, error: { code: "PT409", message: `run ${run.id} has already finished` }, status: 409 };
    }
    const afterDate = (args.p_after_date as string | null) ?? "0000-00-00";
    const afterMentor = (args.p_after_mentor as string | null) ?? "00000000-0000-0000-0000-000000000000";
    const limit = Number(args.p_limit);
    const taken = this.mentors
      .filter((m) => !this.expiredTimes.has(m.id))
      .filter((m) => m.date > afterDate || (m.date === afterDate && m.id > afterMentor))
      .slice(0, limit);
    for (const m of taken) this.expiredTimes.set(m.id, (this.expiredTimes.get(m.id) ?? 0) + 1);
    const last = taken.at(-1);
    const done = taken.length < limit;
    run.batches += 1;
    run.expired += taken.length;
    run.finished = done;
    return {
      data: {
        run_id: run.id,
        processed: taken.length,
        expired: taken.length,
        next_after_date: last ? last.date : args.p_after_date ?? null,
        next_after_mentor: last ? last.id : args.p_after_mentor ?? null,
        done,
      },
      error: null,
      status: 200,
    };
  }

  private fail(runId: number, error: string): RpcResponse {
    const run = this.runs.get(runId);
    if (!run || run.finished) {
      return { data: null, error: { code: "PT404", message: "not found or already finished" }, status: 404 };
    }
    run.finished = true;
    run.error = error;
    return { data: null, error: null, status: 204 };
  }

  callsOf(fn: string) {
    return this.calls.filter((c) => c.fn === fn).map((c) => c.args);
  }
}

function deps(db: FakeDatabase, overrides: Partial<Dependencies> = {}): Dependencies {
  return {
    client: db,
    now: db.now,
    timeBudgetMs: DEFAULT_TIME_BUDGET_MS,
    batchSize: DEFAULT_BATCH_SIZE,
    secretKeys: [KEY],
    sleep: () => Promise.resolve(),
    log: () => {},
    ...overrides,
  };
}

function post(body: unknown = {}, headers: Record<string, string> = { Authorization: `Bearer ${KEY}` }): Request {
  return new Request("http://localhost/functions/v1/certification-expiry", {
    method: "POST",
    headers,
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function invoke(d: Dependencies, request: Request) {
  const response = await createHandler(d)(request);
  assert.equal(response.headers.get("content-type"), "application/json");
  return { status: response.status, body: await response.json() };
}

// -- The loop -------------------------------------------------------------------------------------------------------

Deno.test("starts an edge run and runs every batch, passing each cursor on", async () => {
  const db = new FakeDatabase(lapsed(5));
  const { status, body } = await invoke(deps(db), post({ batch_size: 2 }));
  assert.equal(status, 200);
  assert.deepEqual(body, {
    run_id: 1,
    batches: 3,
    processed: 5,
    expired: 5,
    done: true,
    cursor: { after_date: db.mentors[4].date, after_mentor: db.mentors[4].id },
  });
  assert.deepEqual(db.callsOf("start_certification_expiry_run"), [{ p_host: "edge" }]);
  assert.deepEqual(db.callsOf("expire_certification_batch"), [
    { p_run_id: 1, p_after_date: null, p_after_mentor: null, p_limit: 2 },
    { p_run_id: 1, p_after_date: db.mentors[1].date, p_after_mentor: db.mentors[1].id, p_limit: 2 },
    { p_run_id: 1, p_after_date: db.mentors[3].date, p_after_mentor: db.mentors[3].id, p_limit: 2 },
  ]);
  assert.deepEqual([...db.expiredTimes.values()], [1, 1, 1, 1, 1]);
  assert.equal(db.runs.get(1)?.finished, true);
  assert.equal(db.callsOf("fail_certification_expiry_run").length, 0);
});

Deno.test("a night with nothing to do is one batch", async () => {
  const db = new FakeDatabase([]);
  const { status, body } = await invoke(deps(db), post());
  assert.equal(status, 200);
  assert.deepEqual(body, {
    run_id: 1,
    batches: 1,
    processed: 0,
    expired: 0,
    done: true,
    cursor: { after_date: null, after_mentor: null },
  });
  assert.equal(db.callsOf("expire_certification_batch")[0].p_limit, DEFAULT_BATCH_SIZE);
});

Deno.test("never starts a batch it cannot expect to finish in the budget, judging by the slowest one", async () => {
  const db = new FakeDatabase(lapsed(10));
  db.latency.expire_certification_batch = [50, 10, 10];
  // t=50 after the first batch (slowest 50): 50 + 50 <= 100, so a second one; t=60: 60 + 50 > 100, stop.
  // (Judging by the last batch, 10 ms, it would have started a third.)
  const { status, body } = await invoke(deps(db), post({ batch_size: 1, time_budget_ms: 100 }));
  assert.equal(status, 202);
  assert.equal(body.done, false);
  assert.equal(body.batches, 2);
  assert.equal(body.expired, 2);
  assert.deepEqual(body.cursor, { after_date: db.mentors[1].date, after_mentor: db.mentors[1].id });
  assert.equal(db.runs.get(1)?.finished, false);
});

Deno.test("the budget comes from the environment's setting unless the body gives one", async () => {
  const db = new FakeDatabase(lapsed(10));
  db.latency.expire_certification_batch = [10];
  const { body } = await invoke(deps(db, { timeBudgetMs: 35 }), post({ batch_size: 1 }));
  assert.equal(body.batches, 3); // t=10, 20, 30; 30 + 10 > 35
  const again = await invoke(deps(db, { timeBudgetMs: 35, batchSize: 3 }), post({ time_budget_ms: 1000 }));
  assert.equal(again.body.done, true);
  assert.equal(db.callsOf("expire_certification_batch").at(-1)?.p_limit, 3);
});

Deno.test("the first batch always runs, so a tiny budget still makes progress", async () => {
  const db = new FakeDatabase(lapsed(3));
  db.latency.start_certification_expiry_run = [500];
  const { status, body } = await invoke(deps(db), post({ batch_size: 1, time_budget_ms: 1 }));
  assert.equal(status, 202);
  assert.equal(body.batches, 1);
  assert.equal(body.expired, 1);
});

Deno.test("resumes the run it is given from the cursor, to completion, without double work", async () => {
  const db = new FakeDatabase(lapsed(7));
  db.latency.expire_certification_batch = [10];
  const first = await invoke(deps(db), post({ batch_size: 2, time_budget_ms: 1 }));
  assert.equal(first.status, 202);
  const second = await invoke(
    deps(db),
    post({
      run_id: first.body.run_id,
      after_date: first.body.cursor.after_date,
      after_mentor: first.body.cursor.after_mentor,
      batch_size: 2,
    }),
  );
  assert.equal(second.status, 200);
  assert.equal(second.body.run_id, first.body.run_id);
  assert.equal(db.callsOf("start_certification_expiry_run").length, 1);
  assert.deepEqual(db.callsOf("expire_certification_batch")[1], {
    p_run_id: 1,
    p_after_date: first.body.cursor.after_date,
    p_after_mentor: first.body.cursor.after_mentor,
    p_limit: 2,
  });
  assert.equal(first.body.expired + second.body.expired, 7);
  assert.equal(first.body.batches + second.body.batches, 4);
  assert.deepEqual([...db.expiredTimes.values()], Array(7).fill(1));
  assert.deepEqual(db.runs.get(1), { id: 1, host: "edge", batches: 4, expired: 7, finished: true, error: null });
});

Deno.test("a caller may post back the cursor object it was given (or the whole answer)", async () => {
  const db = new FakeDatabase(lapsed(4));
  db.latency.expire_certification_batch = [10];
  const first = await invoke(deps(db), post({ batch_size: 3, time_budget_ms: 1 }));
  assert.equal(first.status, 202);
  const second = await invoke(deps(db), post(first.body));
  assert.equal(second.status, 200);
  assert.equal(second.body.expired, 1);
  assert.equal(db.callsOf("start_certification_expiry_run").length, 1);
});

// -- Failures -------------------------------------------------------------------------------------------------------

Deno.test("a failing batch fails the run with the error text and answers 500", async () => {
  const db = new FakeDatabase(lapsed(5));
  let batches = 0;
  db.faults.push((fn) =>
    fn === "expire_certification_batch" && ++batches === 2
      ? { data: null, error: { code: "57014", message: "canceling statement due to statement timeout" }, status: 500 }
      : null
  );
  const { status, body } = await invoke(deps(db), post({ batch_size: 2 }));
  assert.equal(status, 500);
  assert.deepEqual(body, { error: "57014: canceling statement due to statement timeout", run_id: 1 });
  assert.deepEqual(db.callsOf("fail_certification_expiry_run"), [
    { p_run_id: 1, p_error: "57014: canceling statement due to statement timeout" },
  ]);
  assert.equal(db.runs.get(1)?.error, "57014: canceling statement due to statement timeout");
  assert.equal(db.runs.get(1)?.expired, 2); // the first batch stays committed
});

Deno.test("a client that throws is a failed batch too", async () => {
  const db = new FakeDatabase(lapsed(2));
  db.faults.push((fn) => {
    if (fn === "expire_certification_batch") throw new TypeError("boom");
    return null;
  });
  const { status, body } = await invoke(deps(db), post());
  assert.equal(status, 500);
  assert.equal(body.error, "TypeError: boom");
  assert.equal(db.runs.get(1)?.error, "TypeError: boom");
});

Deno.test("an answer that is not a batch fails the run", async () => {
  const db = new FakeDatabase(lapsed(2));
  db.faults.push((fn) => fn === "expire_certification_batch" ? { data: [], error: null, status: 200 } : null);
  const { status, body } = await invoke(deps(db), post());
  assert.equal(status, 500);
  assert.match(body.error, /answered \[\], not a batch/);
  assert.ok(db.runs.get(1)?.error);
});

Deno.test("when recording the failure fails too, the answer says both", async () => {
  const db = new FakeDatabase(lapsed(2));
  db.faults.push((fn) =>
    fn === "expire_certification_batch" || fn === "fail_certification_expiry_run"
      ? { data: null, error: { code: "PGRST001", message: "Database client error." }, status: 503 }
      : null
  );
  const { status, body } = await invoke(deps(db, { timeBudgetMs: 0 }), post());
  assert.equal(status, 500);
  assert.equal(
    body.error,
    "PGRST001: Database client error. (recording the failure failed too: PGRST001: Database client error.)",
  );
});

Deno.test("a run that cannot start answers 500 and records nothing", async () => {
  const db = new FakeDatabase(lapsed(2));
  db.faults.push((fn) =>
    fn === "start_certification_expiry_run"
      ? { data: null, error: { code: "42501", message: "only service_role and org admins may run it" }, status: 403 }
      : null
  );
  const { status, body } = await invoke(deps(db), post());
  assert.equal(status, 500);
  assert.deepEqual(body, { error: "42501: only service_role and org admins may run it" });
  assert.equal(db.callsOf("expire_certification_batch").length, 0);
  assert.equal(db.callsOf("fail_certification_expiry_run").length, 0);
});

Deno.test("failures in transit are retried with the same cursor, within the budget", async () => {
  const db = new FakeDatabase(lapsed(3));
  const slept: number[] = [];
  let batches = 0;
  db.faults.push((fn) =>
    fn === "expire_certification_batch" && ++batches <= 2
      ? { data: null, error: { code: "PGRST001", message: "Database client error." }, status: 503 }
      : null
  );
  const d = deps(db, { sleep: (ms) => (slept.push(ms), Promise.resolve()) });
  const { status, body } = await invoke(d, post());
  assert.equal(status, 200);
  assert.equal(body.expired, 3);
  assert.deepEqual(slept, [250, 1000]);
  const sent = db.callsOf("expire_certification_batch");
  assert.equal(sent.length, 3);
  assert.deepEqual(sent[0], sent[2]);
});

Deno.test("a database error is not retried", async () => {
  const db = new FakeDatabase(lapsed(3));
  db.faults.push((fn) =>
    fn === "expire_certification_batch"
      ? { data: null, error: { code: "23514", message: "check violation" }, status: 400 }
      : null
  );
  const { status } = await invoke(deps(db), post());
  assert.equal(status, 500);
  assert.equal(db.callsOf("expire_certification_batch").length, 1);
});

Deno.test("a batch that hangs past the budget is abandoned and the run failed", async () => {
  const db = new FakeDatabase(lapsed(3));
  db.faults.push((fn, _args, signal) =>
    fn === "expire_certification_batch"
      ? new Promise<RpcResponse>((resolve) =>
        signal.addEventListener(
          "abort",
          () =>
            resolve({ data: null, error: { code: "", message: "AbortError: The signal has been aborted" }, status: 0 }),
        )
      )
      : null
  );
  const d = deps(db, { now: () => performance.now(), abandonAfterOverrunMs: 20 });
  const { status, body } = await invoke(d, post({ time_budget_ms: 1 }));
  assert.equal(status, 500);
  assert.match(body.error, /did not answer within the time budget \(1 ms\) and 20 ms more: AbortError/);
  assert.equal(db.callsOf("expire_certification_batch").length, 1); // abandoned, not retried
  assert.match(db.runs.get(1)?.error ?? "", /did not answer/);
  assert.ok(ABANDON_AFTER_OVERRUN_MS + 10_000 + MAX_TIME_BUDGET_MS < 150_000);
});

Deno.test("resuming a finished run answers 409, a missing one 404, and records nothing", async () => {
  const db = new FakeDatabase(lapsed(1));
  const first = await invoke(deps(db), post());
  assert.equal(first.status, 200);
  const again = await invoke(deps(db), post({ run_id: first.body.run_id }));
  assert.equal(again.status, 409);
  assert.deepEqual(again.body, { error: "PT409: run 1 has already finished", run_id: 1 });
  const missing = await invoke(deps(db), post({ run_id: 99 }));
  assert.equal(missing.status, 404);
  assert.equal(db.callsOf("fail_certification_expiry_run").length, 0);
});

// -- Requests -------------------------------------------------------------------------------------------------------

Deno.test("only POST", async () => {
  for (const method of ["GET", "PUT", "DELETE", "OPTIONS"]) {
    const request = new Request("http://localhost/", { method, headers: { Authorization: `Bearer ${KEY}` } });
    const { status, body } = await invoke(deps(new FakeDatabase([])), request);
    assert.equal(status, 405);
    assert.match(body.error, /not allowed/);
  }
  const response = await createHandler(deps(new FakeDatabase([])))(new Request("http://localhost/"));
  assert.equal(response.headers.get("allow"), "POST");
  await response.body?.cancel();
});

Deno.test("only callers with a secret key, as a bearer token or apikey", async () => {
  const db = new FakeDatabase([]);
  const refused: Record<string, string>[] = [
    {},
    { Authorization: "Bearer anon-key" },
    { apikey: "anon-key" },
    { Authorization: KEY },
    { Authorization: `Bearer ${KEY}x` },
  ];
  for (const headers of refused) {
    const { status } = await invoke(deps(db), post({}, headers));
    assert.equal(status, 401);
  }
  assert.equal(db.calls.length, 0);
  assert.equal((await invoke(deps(db), post({}, { apikey: KEY }))).status, 200);
  assert.equal((await invoke(deps(db), post({}, { Authorization: "Bearer anon", apikey: KEY }))).status, 200);
  assert.equal((await invoke(deps(db, { secretKeys: [] }), post())).status, 401);
});

Deno.test("bad bodies are 400 and start nothing", async () => {
  const db = new FakeDatabase(lapsed(1));
  const bad: unknown[] = [
    "not json",
    "[1]",
    "42",
    { batch_size: 0 },
    { batch_size: 10_001 },
    { batch_size: 2.5 },
    { batch_size: "many" },
    { time_budget_ms: 0 },
    { time_budget_ms: MAX_TIME_BUDGET_MS + 1 },
    { run_id: -1 },
    { run_id: "x" },
    { run_id: 1, after_date: "2026-02-30" },
    { run_id: 1, after_date: "yesterday" },
    { run_id: 1, after_mentor: "not-a-uuid" },
    { run_id: 1, cursor: "x" },
    { run_id: 1, cursor: {}, after_date: "2026-01-01" },
    { after_date: "2026-01-01" },
  ];
  for (const body of bad) {
    const { status, body: answer } = await invoke(deps(db), post(body));
    assert.equal(status, 400, JSON.stringify(body));
    assert.equal(typeof answer.error, "string");
  }
  assert.equal(db.calls.length, 0);
});

Deno.test("an empty body, null settings and unknown keys are fine", async () => {
  for (const body of ["", "  ", { batch_size: null, time_budget_ms: null, run_id: null }, { time: "now" }]) {
    const { status } = await invoke(deps(new FakeDatabase([])), post(body));
    assert.equal(status, 200, JSON.stringify(body));
  }
});

Deno.test("errorText is pg_cron's `sqlstate: message`", () => {
  assert.equal(errorText({ code: "P0001", message: "boom" }), "P0001: boom");
  assert.equal(errorText({ code: "", message: "FetchError: offline" }), "FetchError: offline");
});

// -- Configuration --------------------------------------------------------------------------------------------------

function env(values: Record<string, string>) {
  return { get: (name: string) => values[name] };
}

Deno.test("settings come from the environment Supabase provides, with defaults", () => {
  const d = dependenciesFromEnv(env({ SUPABASE_URL: "http://127.0.0.1:1", SUPABASE_SERVICE_ROLE_KEY: KEY }));
  assert.equal(d.batchSize, 500);
  assert.equal(d.timeBudgetMs, 120_000);
  assert.deepEqual(d.secretKeys, [KEY]);
  const tuned = dependenciesFromEnv(env({
    SUPABASE_URL: "http://127.0.0.1:1",
    SUPABASE_SERVICE_ROLE_KEY: KEY,
    SUPABASE_SECRET_KEYS: JSON.stringify({ default: "sb_secret_a", automations: "sb_secret_b" }),
    CERTIFICATION_EXPIRY_BATCH_SIZE: "200",
    CERTIFICATION_EXPIRY_TIME_BUDGET_MS: "60000",
  }));
  assert.equal(tuned.batchSize, 200);
  assert.equal(tuned.timeBudgetMs, 60_000);
  assert.deepEqual(tuned.secretKeys, [KEY, "sb_secret_a", "sb_secret_b"]);
  const newKeysOnly = dependenciesFromEnv(env({
    SUPABASE_URL: "http://127.0.0.1:1",
    SUPABASE_SECRET_KEYS: JSON.stringify({ default: "sb_secret_a" }),
  }));
  assert.deepEqual(newKeysOnly.secretKeys, ["sb_secret_a"]);
});

Deno.test("a bad setting is an error, and the production handler answers 500 with it", async () => {
  const base = { SUPABASE_URL: "http://127.0.0.1:1", SUPABASE_SERVICE_ROLE_KEY: KEY };
  assert.throws(() => dependenciesFromEnv(env({})), /SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY/);
  assert.throws(
    () => dependenciesFromEnv(env({ ...base, CERTIFICATION_EXPIRY_TIME_BUDGET_MS: "200000" })),
    /CERTIFICATION_EXPIRY_TIME_BUDGET_MS must be an integer between 1 and 120000/,
  );
  assert.throws(
    () => dependenciesFromEnv(env({ ...base, CERTIFICATION_EXPIRY_BATCH_SIZE: "lots" })),
    /CERTIFICATION_EXPIRY_BATCH_SIZE/,
  );
  const original = console.error;
  console.error = () => {};
  try {
    const response = await productionHandler(env({ ...base, CERTIFICATION_EXPIRY_BATCH_SIZE: "0" }))(post());
    assert.equal(response.status, 500);
    assert.match((await response.json()).error, /misconfigured: CERTIFICATION_EXPIRY_BATCH_SIZE/);
  } finally {
    console.error = original;
  }
});
