"""The service: REST API and web page over a store (FastAPI), and the feed watcher."""
