"""A multipart upload sends its file as a file part and the other fields as form fields."""

from __future__ import annotations

import io

from pytest_httpx import HTTPXMock

from intercom_client import Intercom
from intercom_client.generated.types import File

from .operations import require_method, require_model


def test_upload_sends_the_file_bytes_and_the_fields(httpx_mock: HTTPXMock) -> None:
    require_method("ecommerce_connectors", "upload_ecommerce_catalog")
    httpx_mock.add_response(json={"type": "ecommerce_catalog_upload", "import_job_id": "job-1"})
    body = require_model("UploadEcommerceCatalogBody")(
        catalog=File(payload=io.BytesIO(b'[{"sku": "A-1"}]'), file_name="catalog.json", mime_type="application/json"),
        part_number=2,
    )
    with Intercom(token="test-token", base_url="http://127.0.0.1:9") as client:
        client.ecommerce_connectors.upload_ecommerce_catalog("conn-1", body=body)
    request = httpx_mock.get_requests()[0]
    sent = request.read()
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    boundary = content_type.split("boundary=")[1].encode()
    assert sent.count(b"--" + boundary) == 3  # two parts and the closing delimiter
    assert b'name="catalog"; filename="catalog.json"' in sent
    assert b'[{"sku": "A-1"}]' in sent
    assert b'name="part_number"' in sent and b"\r\n\r\n2\r\n" in sent
    assert b"File(payload=" not in sent
