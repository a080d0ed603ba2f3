"""Actors: spans from the parse, coding against the knowledge base, in-article coreference."""
