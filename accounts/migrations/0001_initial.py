"""The advisor accounts move here from the earlier ``intake`` app: the table is taken over
as it is (state only) and then renamed to this app's name."""

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
                    name='AdvisorProfile',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('role', models.CharField(choices=[('case_manager', 'Case manager (municipal integration management)'), ('refugee_advisor', 'Refugee advisor')], max_length=32, verbose_name='Role')),
                        ('status', models.CharField(choices=[('pending', 'Waiting for approval'), ('approved', 'Approved'), ('rejected', 'Rejected'), ('deactivated', 'Deactivated')], default='pending', max_length=16, verbose_name='Status')),
                        ('requested_at', models.DateTimeField(auto_now_add=True)),
                        ('decided_at', models.DateTimeField(blank=True, null=True)),
                        ('advice_center', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='advisors', to='advice_centers.advicecenter', verbose_name='Advice centre')),
                        ('decided_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='advisor_profile', to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        'db_table': 'intake_advisorprofile',
                        'verbose_name': 'Advisor account',
                        'verbose_name_plural': 'Advisor accounts',
                        'ordering': ['-requested_at'],
                        'permissions': [('manage_advisor_accounts', 'Can approve and deactivate advisor accounts')],
                    },
                ),
            ],
        ),
        migrations.AlterModelTable(name="advisorprofile", table=None),
    ]
