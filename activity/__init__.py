"""The yearly activity report the association sends its funders: each plugin adds its figures
through the ``activity_report_sections`` hook; shown in the admin, exported as CSV and printed."""
