# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketPartUpdatedAttributeDataType0ValueType = Literal["value"]

TICKET_PART_UPDATED_ATTRIBUTE_DATA_TYPE_0_VALUE_TYPE_VALUES: set[TicketPartUpdatedAttributeDataType0ValueType] = {
    "value",
}


def check_ticket_part_updated_attribute_data_type_0_value_type(
    value: str,
) -> TicketPartUpdatedAttributeDataType0ValueType:
    if value in TICKET_PART_UPDATED_ATTRIBUTE_DATA_TYPE_0_VALUE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TICKET_PART_UPDATED_ATTRIBUTE_DATA_TYPE_0_VALUE_TYPE_VALUES!r}"
    )
