"""China's administrative divisions: the GB/T 2260 table the other stages read.

Reference data just above the data model: `kgraph.divisions.table` looks names
up (extraction reads division names, linking gives places their codes and
chains), `kgraph.divisions.compact` keeps the table in a fast cached file.
It imports no other stage.
"""
