"""The roles as groups and their permissions. Pure data: the data migration reads it too."""

EDITORS = "Editors"
ADVISORS = "Advisors"
COMMITTEE = "Committee"
# The committee's office (Geschäftsführung): plans sessions, keeps attendance and the
# protocol, releases assessments, approves advisor accounts.
OFFICE = "Office"

GROUP_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("advice_centers", "add_advicecenter"),
        ("advice_centers", "change_advicecenter"),
        ("advice_centers", "delete_advicecenter"),
        ("advice_centers", "view_advicecenter"),
        ("cases", "add_consenttext"),
        ("cases", "change_consenttext"),
        ("cases", "view_consenttext"),
        ("wagtail_localize", "submit_translation"),
    ],
    ADVISORS: [("cases", "submit_case")],
    COMMITTEE: [("cases", "review_case"), ("cases", "view_auditentry")],
    OFFICE: [
        ("wagtailadmin", "access_admin"),
        ("accounts", "manage_advisor_accounts"),
        ("committee", "run_office"),
        ("cases", "view_auditentry"),
    ],
}


def groups_ensure(group_model, permission_model):
    """Create the groups and grant their permissions; safe to run again."""
    for name, codes in GROUP_PERMISSIONS.items():
        group, _created = group_model.objects.get_or_create(name=name)
        for app_label, codename in codes:
            permission = permission_model.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)
