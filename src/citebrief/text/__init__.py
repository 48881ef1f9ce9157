"""Language-level helpers shared by loaders, engines and the verifier."""
