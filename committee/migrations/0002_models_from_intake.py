"""The committee rules move here from the earlier ``intake`` app (table taken over, then
renamed); the cases the workflow tables point to are now ``cases.Case``; the meeting model is
``CommitteeSession``, so it no longer shares its name with Django's sessions; the rules gain
the prefix of case references."""

import django.core.validators
import django.db.models.deletion
from django.db import migrations, models

import committee.models.rules


class Migration(migrations.Migration):
    dependencies = [
        ("committee", "0001_initial"),
        ("cases", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="agendaitem",
                    name="case",
                    field=models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="agenda_item",
                        to="cases.case",
                    ),
                ),
                migrations.AlterField(
                    model_name="assessment",
                    name="case",
                    field=models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="assessment",
                        to="cases.case",
                    ),
                ),
                migrations.AlterField(
                    model_name="statuschange",
                    name="case",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="changes",
                        to="cases.case",
                    ),
                ),
                migrations.CreateModel(
                    name='CommitteeRules',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('committee_name', models.CharField(default='Bleiberechte fördern', max_length=255, verbose_name='Name of the committee')),
                        ('applicant_kinds', committee.models.rules.ApplicantKindsField(default=committee.models.rules.default_applicant_kinds, help_text='Applications by anyone else are refused before personal data is stored.', verbose_name='Who may apply')),
                        ('exclude_other_authority', models.BooleanField(default=True, verbose_name="Exclude cases for which another foreigners' authority is responsible")),
                        ('exclude_court_procedure', models.BooleanField(default=True, verbose_name='Exclude cases with a pending administrative court procedure')),
                        ('exclude_asylum_application', models.BooleanField(default=True, verbose_name='Exclude cases with a pending asylum application')),
                        ('exclude_petition_or_hardship_commission', models.BooleanField(default=False, verbose_name="Exclude cases that were before the Landtag's petition committee or the state hardship commission")),
                        ('repeat_requires_changed_facts', models.BooleanField(default=True, verbose_name='A case already submitted may only come again if the facts changed')),
                        ('regular_sessions_per_year', models.PositiveSmallIntegerField(default=4, help_text='Sessions on occasion come on top of these.', verbose_name='Regular sessions per year (at most)')),
                        ('retention_months', models.PositiveSmallIntegerField(default=6, verbose_name='Months a closed or withdrawn case is kept')),
                        ('member_count', models.PositiveSmallIntegerField(default=4, verbose_name='Number of members')),
                        ('deputy_count', models.PositiveSmallIntegerField(default=0, help_text='Dortmund has none because of the special confidentiality.', verbose_name='Number of deputy members')),
                        ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
                    ],
                    options={
                        'db_table': 'intake_committeerules',
                        'verbose_name': 'Committee rules',
                    },
                ),
            ],
        ),
        migrations.AlterModelTable(name="committeerules", table=None),
        migrations.RenameModel(old_name="Session", new_name="CommitteeSession"),
        migrations.AlterField(
            model_name="committeerules",
            name="committee_name",
            field=models.CharField(
                default="Bleiberechte fördern",
                help_text=(
                    "Shown in every page's header and title, in e-mails and as the name of "
                    "the entry in the authenticator app."
                ),
                max_length=255,
                verbose_name="Name of the committee",
            ),
        ),
        migrations.AddField(
            model_name="committeerules",
            name="reference_prefix",
            field=models.CharField(
                default="BF",
                help_text="One to four capital letters, e.g. BF for BF-7KQ2-M9XD.",
                max_length=4,
                validators=[
                    django.core.validators.RegexValidator(
                        "^[A-Z]{1,4}$", message="Use one to four capital letters A–Z."
                    )
                ],
                verbose_name="Prefix of case references",
            ),
        ),
    ]
