# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketPartUpdatedAttributeDataAttributeType = Literal["attribute"]

TICKET_PART_UPDATED_ATTRIBUTE_DATA_ATTRIBUTE_TYPE_VALUES: set[TicketPartUpdatedAttributeDataAttributeType] = {
    "attribute",
}


def check_ticket_part_updated_attribute_data_attribute_type(value: str) -> TicketPartUpdatedAttributeDataAttributeType:
    if value in TICKET_PART_UPDATED_ATTRIBUTE_DATA_ATTRIBUTE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TICKET_PART_UPDATED_ATTRIBUTE_DATA_ATTRIBUTE_TYPE_VALUES!r}"
    )
