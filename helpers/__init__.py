"""Turn Syria situation reports into traceable tables (see README.md and docs/codebook.md).

Data flow, one direction: ingest -> sentences -> mentions (quantities, dates, places, actors)
-> events -> claims -> tables -> notebooks. Each step is a module of its own.
"""
