"""Being put in touch ("mise en relation"): a member asks to meet the commune behind a sheet,
and sees the contact's details only once the contact accepts (decision 0043)."""
