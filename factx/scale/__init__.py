"""Runs bigger than one machine: inputs planned into partitions (`plan`), each partition's
facts made by a worker (`work`), written to an output folder that a rerun resumes (`folder`),
and a distributed engine that runs the partitions (`dask_engine`).

Only `dask_engine` imports Dask, and only when a run asks for it.
"""
