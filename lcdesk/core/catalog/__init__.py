"""The indicator catalogs: model, targets, validation of figures, built-ins, the Excel workbook."""
