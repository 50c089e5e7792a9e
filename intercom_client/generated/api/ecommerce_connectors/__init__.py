# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""``client.ecommerce_connectors``: the ecommerce_connectors resource of both clients, one method per operation.

``EcommerceConnectorsResource`` is the sync one (on ``Intercom``), ``AsyncEcommerceConnectorsResource`` the async one (on
``AsyncIntercom``). Each method is its operation: it builds the request (method, path, query, headers,
body), names how each documented response decodes, and hands both to the runtime (``_resource.py``),
which sends, retries and decodes. The models a method needs are imported on its first call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...types import (
    NOT_GIVEN,
    OPERATION,
    UNSET,
    AsyncResource,
    SyncResource,
    Unset,
    async_raw,
    path_segment,
    request_options,
    sync_raw,
)

if TYPE_CHECKING:
    from ...models.ecommerce_catalog_upload_part_response import EcommerceCatalogUploadPartResponse
    from ...models.ecommerce_catalog_upload_response import EcommerceCatalogUploadResponse
    from ...models.intercom_version import IntercomVersion
    from ...models.upload_ecommerce_catalog_body import UploadEcommerceCatalogBody
    from ...types import TimeoutTypes

__all__ = ["AsyncEcommerceConnectorsResource", "EcommerceConnectorsResource"]


class AsyncEcommerceConnectorsResource(AsyncResource):
    """``client.ecommerce_connectors`` of AsyncIntercom: 1 operations."""

    @property
    def with_raw_response(self) -> AsyncEcommerceConnectorsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return AsyncEcommerceConnectorsRawResource(self)

    async def upload_ecommerce_catalog(
        self,
        id: str,
        *,
        body: UploadEcommerceCatalogBody | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EcommerceCatalogUploadPartResponse | EcommerceCatalogUploadResponse:
        """Upload a product catalog

        Upload a product catalog to an ecommerce connector. The catalog must be a JSON
        array of product objects. There are two upload modes:

        **Single-file upload** — POST a single catalog file (up to 99 MB per request).
        Omit `finalize` and `import_job_id`. Returns `202 Accepted` when sync has started.

        **Multipart upload** — For catalogs that must be split across multiple requests:

        1. POST the first part with `finalize=false` (no `import_job_id`). The response
           returns an `import_job_id` and `next_part_number`.
        2. POST each subsequent part with `finalize=false`, the `import_job_id` from step 1,
           and the `part_number` from the previous response. Each part must be ≤ 99 MB.
        3. POST with `finalize=true` and the `import_job_id` to complete the upload and
           start the sync. No catalog file is required in the finalization request.

        Part uploads are idempotent — retrying the same `part_number` does not create
        a duplicate. If a response is lost, retry with the same `part_number`.

        ## Product object structure

        The catalog file must be a JSON array where each element is a product object.
        Only `id`, `title`, and `url` are required — all other fields are optional.

        | Field | Type | Required | Description |
        |---|---|---|---|
        | `id` | string | ✓ | Your unique product identifier. Used to match products on re-upload so only
        changed products are re-indexed. Also the delete key — any product ID absent from a new upload is
        removed from Fin's knowledge. Must be stable across uploads. |
        | `title` | string | ✓ | Product name. Used by Fin when searching for and recommending products. |
        | `url` | string | ✓ | Canonical product page URL shown in Fin's product recommendations. Must be a
        valid `https://` URL. |
        | `description` | string | | Product description that Fin reads to understand what the product is.
        HTML formatting is supported and safely sanitized (`description_html` takes precedence if both are
        provided). This is the primary field Fin uses to match products to shopper questions — a richer
        description leads to better recommendations. |
        | `featured_image_url` | string | | Primary product image shown in Fin's recommendation cards. Falls
        back to the first entry of `image_urls` if not provided. If no valid image can be resolved for a
        variant, that variant's card is not shown to the shopper. |
        | `image_urls` | string[] | | Additional product images. Used as a fallback when
        `featured_image_url` is absent or when a variant has no specific image. |
        | `price_min` | number | | Lowest price across all variants. If omitted, derived automatically from
        variant prices. Fin uses this to filter products when a shopper mentions a budget (e.g. "under
        $100"). Displayed as a range alongside `price_max`, or as a single value if both are equal. |
        | `price_max` | number | | Highest price across all variants. If omitted, derived from variant
        prices. Used alongside `price_min` for budget filtering and price display. |
        | `currency` | string | | ISO 4217 currency code (e.g. `"USD"`, `"EUR"`, `"GBP"`). Defaults to USD
        if omitted. Used to format prices with the correct symbol in Fin's responses and product cards. |
        | `in_stock` | boolean | | Whether the product is available to purchase. If omitted, derived from
        variant stock — the product is in stock if at least one variant has `in_stock: true`. Products with
        no in-stock variants are hidden from Fin entirely. |
        | `category_path` | string or string[] | Strongly recommended | Hierarchical category breadcrumb
        (e.g. `["Clothing", "Outerwear", "Jackets"]`). Fin understands the hierarchy — a shopper asking
        about "Clothing" sees products from all subcategories underneath it. The most specific category is
        shown in search results. |
        | `collections` | string[] | Strongly recommended | Collections or groupings this product belongs to
        in your store. Fin uses collections to understand your catalog's structure and answer questions like
        "what's in the sale collection?". |
        | `tags` | string[] | | Free-form keywords matching how shoppers phrase needs in chat (e.g.
        `["waterproof", "gift", "plus-size"]`). Complements `category_path` and `collections`. |
        | `available_options` | object[] | | Option types and their possible values (e.g. `{"name": "Size",
        "values": ["S", "M", "L"]}`). Fin uses these to understand what choices a shopper can make and to
        correctly filter variants when asked for a specific size, colour, or other attribute. |
        | `additional_data` | object | | Custom attributes for your business. Fin uses these to show each
        customer only relevant products. All keys must be consistent across all products in your catalog —
        the attribute schema is read from the first product in the file. |
        | `variants` | object[] | | Individual purchasable variants. Fin recommends specific variants (not
        just products), so populating variants with accurate stock, price, and option data leads to more
        precise recommendations. See the variant table below. |

        ### Variant object structure

        Each object in the `variants` array may contain:

        | Field | Type | Required | Description |
        |---|---|---|---|
        | `id` | string | ✓ | Unique identifier for this variant within the product. |
        | `title` | string | | Variant display name shown to shoppers (e.g. `"Small / Blue"`). |
        | `price` | number | | Price of this specific variant. Fin uses variant prices for precise budget
        filtering and displays the variant price in recommendation cards. |
        | `compare_at_price` | number | | Original price before a discount. When provided, Fin will
        naturally mention the saving (e.g. "down from $129 to $99"). |
        | `in_stock` | boolean | | Whether this variant is currently available. Out-of-stock variants are
        not shown in Fin's recommendation cards and Fin will not suggest them to shoppers. |
        | `image_url` | string | | Image specific to this variant. Takes precedence over the product's
        `featured_image_url`. Falls back to `featured_image_url`, then `image_urls`. If no valid image can
        be resolved, this variant's recommendation card will not be shown. |
        | `selected_options` | object[] | | The specific option values that define this variant (e.g.
        `[{"name": "Size", "value": "Small"}, {"name": "Color", "value": "Blue"}]`). Fin uses these to match
        shopper requests like "do you have this in medium?" to the correct variant. |
        | `url` | string | | Direct link to this variant's page. Takes precedence over the product URL in
        recommendation cards. If omitted, constructed automatically as `{product_url}?variant={id}`. |

        ### Example catalog file

        ::

            [
              {
                "id": "prod-12345",
                "title": "Classic Cotton T-Shirt",
                "url": "https://example.com/products/classic-cotton-t-shirt",
                "description": "A comfortable everyday t-shirt.",
                "featured_image_url": "https://cdn.example.com/images/t-shirt.jpg",
                "price_min": 19.99,
                "price_max": 29.99,
                "currency": "USD",
                "in_stock": true,
                "tags": ["organic", "bestseller"],
                "collections": ["Summer Collection"],
                "category_path": "Clothing > T-Shirts",
                "available_options": [
                  {"name": "Size", "values": ["S", "M", "L"]},
                  {"name": "Color", "values": ["White", "Blue"]}
                ],
                "variants": [
                  {
                    "id": "var-001",
                    "title": "S / White",
                    "price": 19.99,
                    "in_stock": true,
                    "selected_options": [
                      {"name": "Size", "value": "S"},
                      {"name": "Color", "value": "White"}
                    ]
                  },
                  {
                    "id": "var-002",
                    "title": "M / Blue",
                    "price": 29.99,
                    "in_stock": true,
                    "selected_options": [
                      {"name": "Size", "value": "M"},
                      {"name": "Color", "value": "Blue"}
                    ]
                  }
                ],
                "additional_data": {
                  "sku": "TSHIRT-WHT-S",
                  "vendor": "Acme Apparel"
                }
              }
            ]

        Args:
            id (str):  Example: 42939.
            body (UploadEcommerceCatalogBody | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            EcommerceCatalogUploadPartResponse | EcommerceCatalogUploadResponse
        """

        from ...models.ecommerce_catalog_upload_part_response import EcommerceCatalogUploadPartResponse
        from ...models.ecommerce_catalog_upload_response import EcommerceCatalogUploadResponse

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/ecommerce/connectors/{id}/catalog".format(
                id=path_segment("id", id, "POST /ecommerce/connectors/{id}/catalog"),
            ),
            "extensions": {
                OPERATION: ("ecommerce_connectors.upload_ecommerce_catalog", "/ecommerce/connectors/{id}/catalog")
            },
        }
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
        _kwargs["headers"] = headers

        parsed: EcommerceCatalogUploadPartResponse | EcommerceCatalogUploadResponse = await self._request(
            _kwargs,
            {200: EcommerceCatalogUploadPartResponse.from_dict, 202: EcommerceCatalogUploadResponse.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class AsyncEcommerceConnectorsRawResource:
    """``client.ecommerce_connectors.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: AsyncEcommerceConnectorsResource) -> None:
        raw = AsyncEcommerceConnectorsResource(resource._client, raw=True)
        self.upload_ecommerce_catalog = async_raw(raw.upload_ecommerce_catalog)


class EcommerceConnectorsResource(SyncResource):
    """``client.ecommerce_connectors`` of Intercom: 1 operations."""

    @property
    def with_raw_response(self) -> EcommerceConnectorsRawResource:
        """The same methods (except paginated ones), each returning a ``RawResponse``: status, headers,
        rate limit and the parsed model."""
        return EcommerceConnectorsRawResource(self)

    def upload_ecommerce_catalog(
        self,
        id: str,
        *,
        body: UploadEcommerceCatalogBody | Unset = UNSET,
        intercom_version: IntercomVersion | Unset = UNSET,
        timeout: TimeoutTypes = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> EcommerceCatalogUploadPartResponse | EcommerceCatalogUploadResponse:
        """Upload a product catalog

        Upload a product catalog to an ecommerce connector. The catalog must be a JSON
        array of product objects. There are two upload modes:

        **Single-file upload** — POST a single catalog file (up to 99 MB per request).
        Omit `finalize` and `import_job_id`. Returns `202 Accepted` when sync has started.

        **Multipart upload** — For catalogs that must be split across multiple requests:

        1. POST the first part with `finalize=false` (no `import_job_id`). The response
           returns an `import_job_id` and `next_part_number`.
        2. POST each subsequent part with `finalize=false`, the `import_job_id` from step 1,
           and the `part_number` from the previous response. Each part must be ≤ 99 MB.
        3. POST with `finalize=true` and the `import_job_id` to complete the upload and
           start the sync. No catalog file is required in the finalization request.

        Part uploads are idempotent — retrying the same `part_number` does not create
        a duplicate. If a response is lost, retry with the same `part_number`.

        ## Product object structure

        The catalog file must be a JSON array where each element is a product object.
        Only `id`, `title`, and `url` are required — all other fields are optional.

        | Field | Type | Required | Description |
        |---|---|---|---|
        | `id` | string | ✓ | Your unique product identifier. Used to match products on re-upload so only
        changed products are re-indexed. Also the delete key — any product ID absent from a new upload is
        removed from Fin's knowledge. Must be stable across uploads. |
        | `title` | string | ✓ | Product name. Used by Fin when searching for and recommending products. |
        | `url` | string | ✓ | Canonical product page URL shown in Fin's product recommendations. Must be a
        valid `https://` URL. |
        | `description` | string | | Product description that Fin reads to understand what the product is.
        HTML formatting is supported and safely sanitized (`description_html` takes precedence if both are
        provided). This is the primary field Fin uses to match products to shopper questions — a richer
        description leads to better recommendations. |
        | `featured_image_url` | string | | Primary product image shown in Fin's recommendation cards. Falls
        back to the first entry of `image_urls` if not provided. If no valid image can be resolved for a
        variant, that variant's card is not shown to the shopper. |
        | `image_urls` | string[] | | Additional product images. Used as a fallback when
        `featured_image_url` is absent or when a variant has no specific image. |
        | `price_min` | number | | Lowest price across all variants. If omitted, derived automatically from
        variant prices. Fin uses this to filter products when a shopper mentions a budget (e.g. "under
        $100"). Displayed as a range alongside `price_max`, or as a single value if both are equal. |
        | `price_max` | number | | Highest price across all variants. If omitted, derived from variant
        prices. Used alongside `price_min` for budget filtering and price display. |
        | `currency` | string | | ISO 4217 currency code (e.g. `"USD"`, `"EUR"`, `"GBP"`). Defaults to USD
        if omitted. Used to format prices with the correct symbol in Fin's responses and product cards. |
        | `in_stock` | boolean | | Whether the product is available to purchase. If omitted, derived from
        variant stock — the product is in stock if at least one variant has `in_stock: true`. Products with
        no in-stock variants are hidden from Fin entirely. |
        | `category_path` | string or string[] | Strongly recommended | Hierarchical category breadcrumb
        (e.g. `["Clothing", "Outerwear", "Jackets"]`). Fin understands the hierarchy — a shopper asking
        about "Clothing" sees products from all subcategories underneath it. The most specific category is
        shown in search results. |
        | `collections` | string[] | Strongly recommended | Collections or groupings this product belongs to
        in your store. Fin uses collections to understand your catalog's structure and answer questions like
        "what's in the sale collection?". |
        | `tags` | string[] | | Free-form keywords matching how shoppers phrase needs in chat (e.g.
        `["waterproof", "gift", "plus-size"]`). Complements `category_path` and `collections`. |
        | `available_options` | object[] | | Option types and their possible values (e.g. `{"name": "Size",
        "values": ["S", "M", "L"]}`). Fin uses these to understand what choices a shopper can make and to
        correctly filter variants when asked for a specific size, colour, or other attribute. |
        | `additional_data` | object | | Custom attributes for your business. Fin uses these to show each
        customer only relevant products. All keys must be consistent across all products in your catalog —
        the attribute schema is read from the first product in the file. |
        | `variants` | object[] | | Individual purchasable variants. Fin recommends specific variants (not
        just products), so populating variants with accurate stock, price, and option data leads to more
        precise recommendations. See the variant table below. |

        ### Variant object structure

        Each object in the `variants` array may contain:

        | Field | Type | Required | Description |
        |---|---|---|---|
        | `id` | string | ✓ | Unique identifier for this variant within the product. |
        | `title` | string | | Variant display name shown to shoppers (e.g. `"Small / Blue"`). |
        | `price` | number | | Price of this specific variant. Fin uses variant prices for precise budget
        filtering and displays the variant price in recommendation cards. |
        | `compare_at_price` | number | | Original price before a discount. When provided, Fin will
        naturally mention the saving (e.g. "down from $129 to $99"). |
        | `in_stock` | boolean | | Whether this variant is currently available. Out-of-stock variants are
        not shown in Fin's recommendation cards and Fin will not suggest them to shoppers. |
        | `image_url` | string | | Image specific to this variant. Takes precedence over the product's
        `featured_image_url`. Falls back to `featured_image_url`, then `image_urls`. If no valid image can
        be resolved, this variant's recommendation card will not be shown. |
        | `selected_options` | object[] | | The specific option values that define this variant (e.g.
        `[{"name": "Size", "value": "Small"}, {"name": "Color", "value": "Blue"}]`). Fin uses these to match
        shopper requests like "do you have this in medium?" to the correct variant. |
        | `url` | string | | Direct link to this variant's page. Takes precedence over the product URL in
        recommendation cards. If omitted, constructed automatically as `{product_url}?variant={id}`. |

        ### Example catalog file

        ::

            [
              {
                "id": "prod-12345",
                "title": "Classic Cotton T-Shirt",
                "url": "https://example.com/products/classic-cotton-t-shirt",
                "description": "A comfortable everyday t-shirt.",
                "featured_image_url": "https://cdn.example.com/images/t-shirt.jpg",
                "price_min": 19.99,
                "price_max": 29.99,
                "currency": "USD",
                "in_stock": true,
                "tags": ["organic", "bestseller"],
                "collections": ["Summer Collection"],
                "category_path": "Clothing > T-Shirts",
                "available_options": [
                  {"name": "Size", "values": ["S", "M", "L"]},
                  {"name": "Color", "values": ["White", "Blue"]}
                ],
                "variants": [
                  {
                    "id": "var-001",
                    "title": "S / White",
                    "price": 19.99,
                    "in_stock": true,
                    "selected_options": [
                      {"name": "Size", "value": "S"},
                      {"name": "Color", "value": "White"}
                    ]
                  },
                  {
                    "id": "var-002",
                    "title": "M / Blue",
                    "price": 29.99,
                    "in_stock": true,
                    "selected_options": [
                      {"name": "Size", "value": "M"},
                      {"name": "Color", "value": "Blue"}
                    ]
                  }
                ],
                "additional_data": {
                  "sku": "TSHIRT-WHT-S",
                  "vendor": "Acme Apparel"
                }
              }
            ]

        Args:
            id (str):  Example: 42939.
            body (UploadEcommerceCatalogBody | Unset):
            intercom_version (IntercomVersion | Unset): This call's ``Intercom-Version`` header;
                unset: the client's ``version`` (default: ``intercom_client.DEFAULT_API_VERSION``).
            timeout: This call's timeout: seconds, an ``httpx.Timeout``, or None for none; default: the client's.
            max_retries: Retries of this call after a failed attempt; None: the client's.
            extra_headers: Headers added to this request (overriding its own).
            extra_query: Query parameters added to this request (overriding its own).
            extra_body: JSON fields merged into the body (overriding its own), e.g. fields the spec lacks.

        Raises:
            APIStatusError: The API answered with an error status (a subclass per status, e.g. NotFoundError).
            APIConnectionError: The API could not be reached (APITimeoutError when it took too long).
            ResponseDecodingError: The response body is not the JSON this operation documents.

        Returns:
            EcommerceCatalogUploadPartResponse | EcommerceCatalogUploadResponse
        """

        from ...models.ecommerce_catalog_upload_part_response import EcommerceCatalogUploadPartResponse
        from ...models.ecommerce_catalog_upload_response import EcommerceCatalogUploadResponse

        headers: dict[str, Any] = {}
        if not isinstance(intercom_version, Unset):
            headers["Intercom-Version"] = str(intercom_version)

        _kwargs: dict[str, Any] = {
            "method": "post",
            "url": "/ecommerce/connectors/{id}/catalog".format(
                id=path_segment("id", id, "POST /ecommerce/connectors/{id}/catalog"),
            ),
            "extensions": {
                OPERATION: ("ecommerce_connectors.upload_ecommerce_catalog", "/ecommerce/connectors/{id}/catalog")
            },
        }
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
        _kwargs["headers"] = headers

        parsed: EcommerceCatalogUploadPartResponse | EcommerceCatalogUploadResponse = self._request(
            _kwargs,
            {200: EcommerceCatalogUploadPartResponse.from_dict, 202: EcommerceCatalogUploadResponse.from_dict},
            request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return parsed


class EcommerceConnectorsRawResource:
    """``client.ecommerce_connectors.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, resource: EcommerceConnectorsResource) -> None:
        raw = EcommerceConnectorsResource(resource._client, raw=True)
        self.upload_ecommerce_catalog = sync_raw(raw.upload_ecommerce_catalog)
