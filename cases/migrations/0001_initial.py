"""Cases, their audit log and the consent texts move here from the earlier ``intake`` app:
the tables are taken over as they are (state only) and then renamed to this app's name."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("intake", "0002_roles_and_consent_text"),
        ("advice_centers", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='AuditEntry',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('created_at', models.DateTimeField(auto_now_add=True, db_index=True)),
                        ('actor_username', models.CharField(blank=True, max_length=150)),
                        ('case_reference', models.CharField(db_index=True, max_length=32)),
                        ('action', models.CharField(choices=[('create', 'Case submitted'), ('view', 'Case viewed'), ('download', 'Consent file downloaded'), ('status_change', 'Status changed'), ('access_denied', 'Access refused'), ('delete', 'Case deleted')], max_length=32)),
                        ('detail', models.CharField(blank=True, max_length=200)),
                        ('actor', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'intake_auditentry',
                        'verbose_name': 'Audit entry',
                        'verbose_name_plural': 'Audit entries',
                        'ordering': ['created_at', 'id'],
                        'default_permissions': ('view',),
                    },
                ),
                migrations.CreateModel(
                    name='Case',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('reference', models.CharField(editable=False, max_length=16, unique=True)),
                        ('submitted_at', models.DateTimeField(auto_now_add=True, db_index=True)),
                        ('status', models.CharField(choices=[('submitted', 'Submitted, waiting for the committee office'), ('admissible', 'Admissibility confirmed'), ('not_admissible', 'Not admissible'), ('scheduled', 'Scheduled for a session'), ('discussed', 'Discussed in the session'), ('assessment_sent', 'Assessment sent to the advisor'), ('closed', 'Closed'), ('withdrawn', 'Withdrawn')], db_index=True, default='submitted', max_length=32, verbose_name='Status')),
                        ('status_changed_at', models.DateTimeField(auto_now_add=True)),
                        ('submission_token', models.UUIDField(editable=False, unique=True)),
                        ('consent_version', models.CharField(max_length=32, verbose_name='Consent text version')),
                        ('consent_confirmed_at', models.DateTimeField()),
                        ('payload', models.TextField(editable=False)),
                        ('person_fingerprint', models.CharField(db_index=True, editable=False, max_length=64)),
                        ('consent_file_name', models.CharField(editable=False, max_length=64)),
                        ('consent_file_type', models.CharField(editable=False, max_length=16)),
                        ('consent_file_size', models.PositiveIntegerField(default=0, editable=False)),
                        ('advice_center', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='cases', to='advice_centers.advicecenter', verbose_name='Advice centre')),
                        ('submitted_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='submitted_cases', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'intake_case',
                        'verbose_name': 'Case',
                        'verbose_name_plural': 'Cases',
                        'ordering': ['-submitted_at'],
                        'permissions': [('submit_case', 'Can submit cases for their own advice centre'), ('review_case', 'Can see and review every case (committee)')],
                        'default_permissions': (),
                    },
                ),
                migrations.CreateModel(
                    name='ConsentText',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('version', models.CharField(help_text='A new version for every change of content, e.g. 2026-01.', max_length=32, verbose_name='Version')),
                        ('language', models.CharField(max_length=8, verbose_name='Language')),
                        ('title', models.CharField(max_length=255, verbose_name='Title')),
                        ('body', models.TextField(help_text='Paragraphs are separated by an empty line.', verbose_name='Text')),
                        ('valid_from', models.DateField(verbose_name='Valid from')),
                    ],
                    options={
                        'db_table': 'intake_consenttext',
                        'verbose_name': 'Consent text',
                        'verbose_name_plural': 'Consent texts',
                        'ordering': ['-valid_from', 'language'],
                        'constraints': [models.UniqueConstraint(fields=('version', 'language'), name='unique_consent_text_per_language')],
                    },
                ),
            ],
        ),
        migrations.AlterModelTable(name="auditentry", table=None),
        migrations.AlterModelTable(name="case", table=None),
        migrations.AlterModelTable(name="consenttext", table=None),
    ]
