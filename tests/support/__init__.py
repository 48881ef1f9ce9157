"""Helpers shared by the tests, the benches (bench/) and the evals: real local servers (feeds, a
chat-completions provider, uvicorn), databases, articles and briefs we wrote. Import them as
``tests.support.<module>`` (pytest puts the repository root on sys.path; benches run as ``python -m bench.<name>``)."""
