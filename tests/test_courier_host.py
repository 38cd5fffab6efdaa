"""The host of a courier is the addressee of what he carries: 'B received on Wednesday C, the special
envoy of A, who delivered a letter from A' (the name after the day tagged as a body too), and 'B received
C, the envoy of A. The envoy delivered a letter from A' told over two sentences (couriers._host_told_before).
Not when the envoy hands it to another, nor when the host received no one the report names. Invented
sentences."""

import pytest

from test_extract import found_acts


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "President Tendai Moyo received on Wednesday Nana Owusu, the special envoy of Prime Minister Kari"
            " Nystrom, who delivered a letter from the prime minister.",
        ),
        (
            "President Tendai Moyo received on Wednesday Nana Owusu, the special envoy of Prime Minister Kari"
            " Nystrom.",
            "The envoy handed over a written message from Nystrom.",
        ),
        (
            "President Tendai Moyo met Nana Owusu, the envoy of Prime Minister Kari Nystrom, on Wednesday.",
            "The envoy handed over a message from Nystrom.",
        ),
    ],
)
def test_the_host_is_the_addressee(paragraphs: tuple[str, ...]) -> None:
    assert [(s, r) for _, s, r in found_acts(*paragraphs)] == [("Kari Nystrom", ("Tendai Moyo",))]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "President Tendai Moyo met reporters on Wednesday.",
            "The envoy of Prime Minister Kari Nystrom handed over a message from Nystrom to Foreign Minister Ivo Dral.",
        ),
        (
            "President Tendai Moyo received the credentials of six ambassadors on Wednesday.",
            "The ambassador of Kestria delivered a message from Prime Minister Kari Nystrom.",
        ),
    ],
)
def test_no_host_named_or_another_addressee(first: str, second: str) -> None:
    assert all("Tendai Moyo" not in r for _, _, r in found_acts(first, second))
