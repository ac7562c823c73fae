"""Reading inputs: files, folders and archives into ``(doc_id, text, source)``.

The first stage data flows through, above the data model (`kgraph.types`):
`kgraph.inputs.files` finds and decodes the documents (`kgraph.inputs.charsets`
guesses legacy encodings, `kgraph.inputs.markup` takes the text out of HTML).
It imports no other stage.
"""
