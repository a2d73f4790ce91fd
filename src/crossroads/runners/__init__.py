"""Runners map the pipeline over inputs: local (batched, resumable)."""

from crossroads.runners.local import RunOptions, RunSummary, run_local

__all__ = ["RunOptions", "RunSummary", "run_local"]
