"""The first-run wizard and accepting provisioning files."""
