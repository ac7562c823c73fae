"""Running a build: the pipeline, worker processes, Dask and incremental updates.

The stage above linking: `kgraph.run.pipeline` (``kgraph.load``,
``kgraph.build``, ``kgraph.extract_document``) drives extraction and linking
over many documents, in this process, in worker processes
(`kgraph.run.parallel`, `kgraph.run.workers`) or on a Dask cluster
(`kgraph.run.dask`); `kgraph.run.incremental` grows a built graph
(``kgraph.update``).
"""
