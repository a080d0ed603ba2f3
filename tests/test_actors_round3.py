"""Actors, round three: US federal departments and agencies, UK ministerial departments, and heads of
state and government of the Cold War years (eventwire/data/actors/organizations_us_federal.tsv,
organizations_uk_government.tsv, metonyms_us_uk_departments.tsv, people_cold_war.tsv).

The Soviet Union is an alias of Russia in countries.tsv (ISO 3166 has no current code for it), so it and
its leaders code as RUS, the successor state; East Germany's leaders as DEU, Yugoslavia's as SRB."""

from __future__ import annotations

import pytest

from eventwire.actors.resolver import resolve_actor


# -- US federal government ----------------------------------------------------------------

@pytest.mark.parametrize("phrase, code", [
    ("USAID", "USAGOV"),
    ("the U.S. Agency for International Development", "USAGOV"),
    ("the Department of Transportation", "USAGOV"),
    ("the Department of Education", "USAGOV"),
    ("the Housing and Urban Development Department", "USAGOV"),
    ("HHS", "USAGOV"),
    ("the National Park Service", "USAGOV"),
    ("the Environmental Protection Agency", "USAGOV"),
    ("FEMA", "USAGOV"),
    ("the Federal Aviation Administration", "USAGOV"),
    ("the Securities and Exchange Commission", "USAGOV"),
    ("the Justice Department", "USAGOV"),  # a ministry: GOV, as agents.tsv codes "justice department"
    ("the Treasury Department", "USAGOV"),
    ("the Department of Defense", "USAMIL"),  # the Pentagon, which metonyms.tsv codes USAMIL
    ("the Defense Department", "USAMIL"),
    ("the Federal Reserve", "USAGOV"),
    ("NASA", "USAGOV"),
    ("the FBI", "USACOP"),  # already there, unchanged
])
def test_us_federal_bodies_code_as_the_us_government(phrase, code):
    assert resolve_actor(phrase).code == code


def test_a_us_department_speaks_through_its_officials():
    res = resolve_actor("a Justice Department spokesman")
    assert res.code == "USAGOV"
    assert resolve_actor("Department of Energy officials").code == "USAGOV"


@pytest.mark.parametrize("phrase, country", [
    # other states name ministries the way Washington does: the country word decides
    ("the Philippine Department of Education", "PHL"),
    ("the Philippine Justice Department", "PHL"),
    ("Hong Kong's Department of Justice", "HKG"),
    ("the Nigerian Securities and Exchange Commission", "NGA"),
    ("China CDC", "CHN"),
])
def test_a_department_name_another_state_shares_keeps_that_states_country(phrase, country):
    assert resolve_actor(phrase).country == country


# -- UK government -------------------------------------------------------------------------

@pytest.mark.parametrize("phrase", [
    "the Department for International Development", "DFID", "the Foreign Office", "FCDO",
    "the Foreign and Commonwealth Office", "the Home Office", "HM Treasury", "the British Ministry of Defence",
    "the Department for Transport", "the Department of Health and Social Care",
])
def test_uk_departments_code_as_gbr_government(phrase):
    assert resolve_actor(phrase).code == "GBRGOV"


def test_another_countrys_foreign_office_is_not_britains():
    assert resolve_actor("the German Foreign Office").code == "DEUGOV"


# -- Cold War leaders ----------------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["Mikhail Gorbachev", "Mikhail S. Gorbachev", "Gorbachev",
                                    "Soviet leader Mikhail Gorbachev"])
def test_gorbachev_in_1988_is_the_soviet_leader(phrase):
    res = resolve_actor(phrase, "1988-06-01")
    assert (res.kind, res.code) == ("person", "RUSGOV")
    assert "General Secretary" in res.entry


def test_gorbachev_after_the_ussr_is_a_former_leader():
    assert resolve_actor("Mikhail Gorbachev", "1995-01-01").code == "RUSELI"


@pytest.mark.parametrize("phrase, date, code", [
    ("Leonid Brezhnev", "1979-12-27", "RUSGOV"),
    ("Yuri Andropov", "1980-01-01", "RUSSPY"),  # head of the KGB before he led the party
    ("Yuri Andropov", "1983-06-01", "RUSGOV"),
    ("Konstantin Chernenko", "1984-06-01", "RUSGOV"),
    ("Eduard Shevardnadze", "1987-12-08", "RUSGOV"),  # Soviet foreign minister, later Georgia's leader
    ("Eduard Shevardnadze", "1996-01-01", "GEOGOV"),
    ("Deng Xiaoping", "1984-10-01", "CHNGOV"),
    ("Augusto Pinochet", "1985-01-01", "CHLGOV"),
    ("Manuel Noriega", "1988-02-01", "PANMIL"),
    ("Lech Walesa", "1981-08-01", "POLLAB"),  # Solidarity's chairman: a trade unionist
    ("Lech Walesa", "1992-01-01", "POLGOV"),
    ("Wojciech Jaruzelski", "1982-01-01", "POLGOV"),
    ("Javier Perez de Cuellar", "1988-08-20", "UNOGOV"),
    ("Boutros Boutros-Ghali", "1993-01-01", "UNOGOV"),
    ("Fidel V. Ramos", "1994-01-01", "PHLGOV"),
    ("Anwar Sadat", "1978-09-17", "EGYGOV"),
    ("Menachem Begin", "1978-09-17", "ISRGOV"),
    ("Erich Honecker", "1987-09-07", "DEUGOV"),
    ("Daniel Ortega", "1986-01-01", "NICGOV"),
    ("Ali Khamenei", "1985-01-01", "IRNGOV"),
    ("Ferdinand Marcos", "1983-08-21", "PHLGOV"),
    ("Indira Gandhi", "1975-06-25", "INDGOV"),
])
def test_cold_war_leaders_code_by_their_post_on_the_date(phrase, date, code):
    assert resolve_actor(phrase, date).code == code


# -- no word became an actor ---------------------------------------------------------------

@pytest.mark.parametrize("phrase", ["energy", "education", "transportation", "well-fed troops",
                                    "fed up residents", "the interior", "commerce", "labor"])
def test_ordinary_words_are_not_federal_bodies(phrase):
    res = resolve_actor(phrase)
    assert res.country != "USA" and res.kind != "organization", res


def test_treasury_alone_stays_generic():
    # the US, the UK and Australia all have a "Treasury": a bare one takes the country of its context
    assert resolve_actor("the Treasury").country is None


def test_the_soviet_union_codes_as_its_successor_state_not_a_labour_union():
    for phrase in ("the Soviet Union", "the former Soviet Union", "USSR"):
        assert resolve_actor(phrase, "1988-05-01").code == "RUS", phrase
