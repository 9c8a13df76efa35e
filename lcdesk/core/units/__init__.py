"""Reporting units: the city's wards and communes, departments, units files."""
