"""What travels between installations: keys, the signed container, enrolment, provisioning, bundles, the importer."""
