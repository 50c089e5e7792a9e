# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketPartUpdatedAttributeDataValueType = Literal["value"]

TICKET_PART_UPDATED_ATTRIBUTE_DATA_VALUE_TYPE_VALUES: set[TicketPartUpdatedAttributeDataValueType] = {
    "value",
}


def check_ticket_part_updated_attribute_data_value_type(value: str) -> TicketPartUpdatedAttributeDataValueType:
    if value in TICKET_PART_UPDATED_ATTRIBUTE_DATA_VALUE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TICKET_PART_UPDATED_ATTRIBUTE_DATA_VALUE_TYPE_VALUES!r}"
    )
