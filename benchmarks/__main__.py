"""`python -m benchmarks <name> [options]` (or `./dev bench <name>`): rls | sdk | jobs | portal | all [--smoke]."""

from __future__ import annotations

import sys

from benchmarks import jobs, portal, rls_listing, sdk_throughput

BENCHMARKS = {"rls": rls_listing.main, "sdk": sdk_throughput.main, "jobs": jobs.main, "portal": portal.main}


def main() -> None:
    args = sys.argv[1:]
    name = args[0] if args and not args[0].startswith("-") else "all"
    rest = args[1:] if args and not args[0].startswith("-") else args
    chosen = BENCHMARKS if name == "all" else {name: BENCHMARKS[name]}
    for label, bench in chosen.items():
        print(f"== {label}")
        bench(rest)


if __name__ == "__main__":
    main()
