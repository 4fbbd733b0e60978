"""@mention autocompletion on a slow connection: an answer of /mentions.json that arrives after the person was
picked (or after the box moved on) is stale and must not open the list again over the form's buttons."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.pages import first_comment_box

pytestmark = pytest.mark.browser


def test_an_answer_arriving_after_the_choice_does_not_reopen_the_list(live_server, new_page, login):
    member = login(new_page(), "naptip.member")
    held = []
    # Every question is held, and answered below in the order the test chooses.
    member.route("**/mentions.json*", lambda route: held.append(route))
    box = first_comment_box(member, live_server)
    box.press_sequentially("Could @anltp")
    member.wait_for_timeout(300)  # past the 120 ms pause: the request for "anltp" is sent and held
    assert held and held[-1].request.url.endswith("q=anltp"), [r.request.url for r in held]
    older = len(held)
    # A loaded machine may pause more than 120 ms between two keys, and ask for "anltp." on the way: every question
    # before the last is an older one, and all of them are answered late.
    box.press_sequentially(".l")
    member.wait_for_timeout(300)
    assert len(held) > older and held[-1].request.url.endswith("q=anltp.l"), [r.request.url for r in held]
    held[-1].continue_()  # the newest answer comes first and opens the list
    option = member.locator("#mention-list [role=option]").first
    expect(option).to_contain_text("@anltp.lead")
    box.press("Enter")
    expect(box).to_have_value("Could @anltp.lead ")
    expect(member.locator("#mention-list")).to_be_hidden()
    for route in held[:-1]:
        route.continue_()  # the older, slower answers arrive after the choice
    member.wait_for_timeout(500)
    expect(member.locator("#mention-list")).to_be_hidden()
    box.press_sequentially("check the French?")
    member.click("[data-testid=comment-form] button.primary", timeout=3000)
    expect(member.locator("body")).to_contain_text("Could @anltp.lead check the French?")
