"""Analysis package behind the report: read a news article, find its actors,
demands and framing, and export the tables the book shows."""
