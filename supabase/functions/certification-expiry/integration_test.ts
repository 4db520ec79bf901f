// Integration tests: the real handler, with the dependencies it builds in production from the environment, over
// a real PostgREST API (Supabase's, or the suite's PostgREST-compatible test server) on a real database.
//
// They change the database (they expire every lapsed mentor in it), so they run only when asked to:
//   CERTIFICATION_EXPIRY_INTEGRATION=1 SUPABASE_URL=... SUPABASE_SERVICE_ROLE_KEY=... \
//     deno test --allow-env --allow-net integration_test.ts
// CERTIFICATION_EXPIRY_TEST_LAPSED=<n> (how many lapsed, unexpired mentors the database has) makes the checks
// exact; tests/functions/test_certification_expiry_function.py sets it up that way and then checks the database.
// The results are read back through PostgREST as service_role (public.certification_expiry_runs).

import assert from "node:assert/strict";
import { createClient } from "npm:@supabase/supabase-js@2";
import { type Dependencies, dependenciesFromEnv, handle } from "./index.ts";

const url = Deno.env.get("SUPABASE_URL");
const key = Deno.env.get("SUPABASE_SERVICE_ROLE_KEY");
const enabled = Deno.env.get("CERTIFICATION_EXPIRY_INTEGRATION") === "1" && !!url && !!key;
const lapsedSetting = Deno.env.get("CERTIFICATION_EXPIRY_TEST_LAPSED");
const lapsed = lapsedSetting ? Number(lapsedSetting) : null;

function invoke(deps: Dependencies, body: unknown) {
  const request = new Request("http://localhost/functions/v1/certification-expiry", {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return handle(request, { ...deps, log: () => {} }).then(async (response) => ({
    status: response.status,
    body: await response.json(),
  }));
}

async function runRecord(runId: number) {
  const client = createClient(url!, key!, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
  const { data, error } = await client.from("certification_expiry_runs").select("*").eq("id", runId);
  assert.equal(error, null, JSON.stringify(error));
  assert.equal(data?.length, 1);
  return data![0];
}

Deno.test({
  name: "integration: one invocation expires every lapsed mentor",
  ignore: !enabled,
  async fn() {
    const deps = dependenciesFromEnv();
    const { status, body } = await invoke(deps, {});
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.done, true);
    assert.equal(typeof body.run_id, "number");
    if (lapsed !== null) {
      assert.equal(body.expired, lapsed);
      assert.equal(body.processed, lapsed);
    }
    const run = await runRecord(body.run_id);
    assert.equal(run.host, "edge");
    assert.notEqual(run.finished_at, null);
    assert.equal(run.error, null);
    assert.equal(run.expired, body.expired);
    assert.equal(run.batches, body.batches);
    assert.equal(run.last_after_date, body.cursor.after_date);
    assert.equal(run.last_after_mentor, body.cursor.after_mentor);
  },
});

Deno.test({
  name: "integration: a run stopped by its time budget is resumed to completion by the next invocation",
  ignore: !enabled,
  async fn() {
    const deps = dependenciesFromEnv();
    // 1 ms: the first batch always runs, and no second one fits.
    const first = await invoke(deps, { batch_size: 2, time_budget_ms: 1 });
    if (lapsed !== null) {
      assert.ok(lapsed > 2, "the test needs more lapsed mentors than one batch");
      assert.equal(first.status, 202, JSON.stringify(first.body));
      assert.equal(first.body.done, false);
      assert.equal(first.body.batches, 1);
      assert.equal(first.body.expired, 2);
      const unfinished = await runRecord(first.body.run_id);
      assert.equal(unfinished.finished_at, null);
      assert.equal(unfinished.expired, 2);
    }
    let last = first;
    let invocations = 1;
    while (!last.body.done) {
      assert.equal(last.status, 202, JSON.stringify(last.body));
      last = await invoke(deps, {
        run_id: first.body.run_id,
        after_date: last.body.cursor.after_date,
        after_mentor: last.body.cursor.after_mentor,
        batch_size: 2,
      });
      invocations += 1;
      assert.equal(last.body.run_id, first.body.run_id);
    }
    assert.equal(last.status, 200, JSON.stringify(last.body));
    if (lapsed !== null) assert.equal(invocations, 2);

    const run = await runRecord(first.body.run_id);
    assert.equal(run.host, "edge");
    assert.notEqual(run.finished_at, null);
    assert.equal(run.error, null);
    if (lapsed !== null) {
      assert.equal(run.expired, lapsed);
      assert.equal(run.batches, Math.floor(lapsed / 2) + 1);
    }

    // The run is over: resuming it again is refused and changes nothing.
    const again = await invoke(deps, { run_id: first.body.run_id, batch_size: 2 });
    assert.equal(again.status, 409, JSON.stringify(again.body));
    assert.deepEqual(await runRecord(first.body.run_id), run);
  },
});
