"""Issue 12an-w: roles stated in a relative clause after a name whose verb says the person heads, led, ran or works for
a body, or represents a district.

All sentences are invented for these tests.
"""

import pytest

from helpers.measures.role_clauses import who_led
from tests.test_source_roles_12al import _role_after


@pytest.mark.parametrize(
    "sentences, phrase, role",
    [
        (["Ann Roe, who ran outreach for a presidential campaign, said no."], "Ann Roe", "politician"),
        (["Ann Roe, who ran outreach for the Lee campaign in 2016, spoke.", "Roe said no."], "Roe", "politician"),
        (
            ["Ann Roe, who headed the state's largest teachers union, spoke.", "Roe said no."],
            "Roe",
            "activist_advocacy",
        ),
        (["Ann Roe, who led the Norland Teachers Union, spoke.", "Roe said no."], "Roe", "activist_advocacy"),
        (["Ann Roe, who chaired the Senate Finance Committee until 2019, spoke.", "Roe said no."], "Roe", "politician"),
        (["Ann Roe, who represents a district near Dayton, spoke.", "Roe said no."], "Roe", "politician"),
        (["Ann Roe, who works for the Lee campaign, spoke.", "Roe said no."], "Roe", "politician"),
        (["Ann Roe, who once ran for mayor, spoke.", "Roe said no."], "Roe", "politician"),
        (["Ann Roe, who directed the agency's research office, spoke.", "Roe said no."], "Roe", "official"),
        (
            ["Ben Roe, who until this year chaired the Energy and Commerce Committee, spoke.", "Roe said no."],
            "Roe",
            "politician",
        ),
    ],
)
def test_who_led_gives_the_body_role(sentences, phrase, role):
    assert _role_after(sentences, phrase) == role


@pytest.mark.parametrize(
    "sentences, phrase",
    [
        (["Ann Roe, who ran a marathon last year, spoke.", "Roe said no."], "Roe"),
        (["Ann Roe, who led the march through town, spoke.", "Roe said no."], "Roe"),
        (["Ann Roe, who represented the plaintiffs, spoke.", "Roe said no."], "Roe"),
        (["Ann Roe, who works for a bakery, spoke.", "Roe said no."], "Roe"),
        (["Ann Roe, who led the way, spoke.", "Roe said no."], "Roe"),
        (["Ann Roe, who now works for a Democratic state senator, spoke.", "Roe said no."], "Roe"),
        (["Tim Roe, who led the pro-Lee march through the convention center, spoke.", "Roe said no."], "Roe"),
        (["Ben Roe, who ran Acme's digital operations in 2016 and was promoted, spoke.", "Roe said no."], "Roe"),
    ],
)
def test_who_led_without_a_body_gives_no_role(sentences, phrase):
    assert _role_after(sentences, phrase) in ("unknown", "ordinary_person")


def test_who_led_needs_a_relative_clause():
    assert list(who_led("Ann Roe led the Norland Teachers Union.", lambda body: "activist_advocacy")) == []
    assert list(who_led("The union, which Ann Roe led, said no.", lambda body: "activist_advocacy")) == []
