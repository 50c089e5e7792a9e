# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""The resources of the clients: ``client.<resource>`` for every tag of the spec, created on first access.

``AsyncResources`` and ``SyncResources`` are bases of ``AsyncIntercom`` and ``Intercom`` (``client.py``).
A resource's module is imported when the property is first read, so a client costs nothing for the
resources it does not use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..types import AsyncSurface, SyncSurface, resource

if TYPE_CHECKING:
    from .admins import AdminsResource, AsyncAdminsResource
    from .ai_content import AiContentResource, AsyncAiContentResource
    from .articles import ArticlesResource, AsyncArticlesResource
    from .audiences import AsyncAudiencesResource, AudiencesResource
    from .away_status_reasons import AsyncAwayStatusReasonsResource, AwayStatusReasonsResource
    from .banners import AsyncBannersResource, BannersResource
    from .brands import AsyncBrandsResource, BrandsResource
    from .calls import AsyncCallsResource, CallsResource
    from .companies import AsyncCompaniesResource, CompaniesResource
    from .contacts import AsyncContactsResource, ContactsResource
    from .content import AsyncContentResource, ContentResource
    from .content_snippets import AsyncContentSnippetsResource, ContentSnippetsResource
    from .conversation_participants import AsyncConversationParticipantsResource, ConversationParticipantsResource
    from .conversation_parts import AsyncConversationPartsResource, ConversationPartsResource
    from .conversations import AsyncConversationsResource, ConversationsResource
    from .conversations_attributes import AsyncConversationsAttributesResource, ConversationsAttributesResource
    from .custom_object_instances import AsyncCustomObjectInstancesResource, CustomObjectInstancesResource
    from .data_attributes import AsyncDataAttributesResource, DataAttributesResource
    from .data_connectors import AsyncDataConnectorsResource, DataConnectorsResource
    from .data_events import AsyncDataEventsResource, DataEventsResource
    from .data_export import AsyncDataExportResource, DataExportResource
    from .ecommerce_connectors import AsyncEcommerceConnectorsResource, EcommerceConnectorsResource
    from .emails import AsyncEmailsResource, EmailsResource
    from .fin_agent import AsyncFinAgentResource, FinAgentResource
    from .folders import AsyncFoldersResource, FoldersResource
    from .help_center import AsyncHelpCenterResource, HelpCenterResource
    from .identity_verification_secrets import (
        AsyncIdentityVerificationSecretsResource,
        IdentityVerificationSecretsResource,
    )
    from .internal_articles import AsyncInternalArticlesResource, InternalArticlesResource
    from .jobs import AsyncJobsResource, JobsResource
    from .macros import AsyncMacrosResource, MacrosResource
    from .messages import AsyncMessagesResource, MessagesResource
    from .news import AsyncNewsResource, NewsResource
    from .notes import AsyncNotesResource, NotesResource
    from .office_hours import AsyncOfficeHoursResource, OfficeHoursResource
    from .procedures import AsyncProceduresResource, ProceduresResource
    from .reporting_data_export import AsyncReportingDataExportResource, ReportingDataExportResource
    from .segments import AsyncSegmentsResource, SegmentsResource
    from .subscription_types import AsyncSubscriptionTypesResource, SubscriptionTypesResource
    from .switch import AsyncSwitchResource, SwitchResource
    from .tags import AsyncTagsResource, TagsResource
    from .teams import AsyncTeamsResource, TeamsResource
    from .ticket_states import AsyncTicketStatesResource, TicketStatesResource
    from .ticket_type_attributes import AsyncTicketTypeAttributesResource, TicketTypeAttributesResource
    from .ticket_types import AsyncTicketTypesResource, TicketTypesResource
    from .tickets import AsyncTicketsResource, TicketsResource
    from .visitors import AsyncVisitorsResource, VisitorsResource
    from .workflows import AsyncWorkflowsResource, WorkflowsResource

__all__ = ["RESOURCES", "AsyncResources", "SyncResources"]

# Every resource, as the client attribute name.
RESOURCES = (
    "admins",
    "ai_content",
    "articles",
    "audiences",
    "away_status_reasons",
    "banners",
    "brands",
    "calls",
    "companies",
    "contacts",
    "content",
    "content_snippets",
    "conversation_participants",
    "conversation_parts",
    "conversations",
    "conversations_attributes",
    "custom_object_instances",
    "data_attributes",
    "data_connectors",
    "data_events",
    "data_export",
    "ecommerce_connectors",
    "emails",
    "fin_agent",
    "folders",
    "help_center",
    "identity_verification_secrets",
    "internal_articles",
    "jobs",
    "macros",
    "messages",
    "news",
    "notes",
    "office_hours",
    "procedures",
    "reporting_data_export",
    "segments",
    "subscription_types",
    "switch",
    "tags",
    "teams",
    "ticket_states",
    "ticket_type_attributes",
    "ticket_types",
    "tickets",
    "visitors",
    "workflows",
)


class AsyncResources(AsyncSurface):
    """The resource properties of AsyncIntercom."""

    __slots__ = ()

    @property
    def admins(self) -> AsyncAdminsResource:
        """7 operations (/admins, ...)."""
        from .admins import AsyncAdminsResource

        return resource(self, "admins", AsyncAdminsResource)

    @property
    def ai_content(self) -> AsyncAiContentResource:
        """10 operations (/ai/content_import_sources, ...)."""
        from .ai_content import AsyncAiContentResource

        return resource(self, "ai_content", AsyncAiContentResource)

    @property
    def articles(self) -> AsyncArticlesResource:
        """13 operations (/articles, ...)."""
        from .articles import AsyncArticlesResource

        return resource(self, "articles", AsyncArticlesResource)

    @property
    def audiences(self) -> AsyncAudiencesResource:
        """5 operations (/audiences, ...)."""
        from .audiences import AsyncAudiencesResource

        return resource(self, "audiences", AsyncAudiencesResource)

    @property
    def away_status_reasons(self) -> AsyncAwayStatusReasonsResource:
        """1 operations (/away_status_reasons, ...)."""
        from .away_status_reasons import AsyncAwayStatusReasonsResource

        return resource(self, "away_status_reasons", AsyncAwayStatusReasonsResource)

    @property
    def banners(self) -> AsyncBannersResource:
        """2 operations (/contacts/{id}/banners, ...)."""
        from .banners import AsyncBannersResource

        return resource(self, "banners", AsyncBannersResource)

    @property
    def brands(self) -> AsyncBrandsResource:
        """2 operations (/brands, ...)."""
        from .brands import AsyncBrandsResource

        return resource(self, "brands", AsyncBrandsResource)

    @property
    def calls(self) -> AsyncCallsResource:
        """10 operations (/calls, ...)."""
        from .calls import AsyncCallsResource

        return resource(self, "calls", AsyncCallsResource)

    @property
    def companies(self) -> AsyncCompaniesResource:
        """16 operations (/companies, ...)."""
        from .companies import AsyncCompaniesResource

        return resource(self, "companies", AsyncCompaniesResource)

    @property
    def contacts(self) -> AsyncContactsResource:
        """22 operations (/contacts, ...)."""
        from .contacts import AsyncContactsResource

        return resource(self, "contacts", AsyncContactsResource)

    @property
    def content(self) -> AsyncContentResource:
        """2 operations (/content/bulk_actions, ...)."""
        from .content import AsyncContentResource

        return resource(self, "content", AsyncContentResource)

    @property
    def content_snippets(self) -> AsyncContentSnippetsResource:
        """7 operations (/content_snippets, ...)."""
        from .content_snippets import AsyncContentSnippetsResource

        return resource(self, "content_snippets", AsyncContentSnippetsResource)

    @property
    def conversation_participants(self) -> AsyncConversationParticipantsResource:
        """2 operations (/conversations/{conversation_id}/customers/{contact_id}, ...)."""
        from .conversation_participants import AsyncConversationParticipantsResource

        return resource(self, "conversation_participants", AsyncConversationParticipantsResource)

    @property
    def conversation_parts(self) -> AsyncConversationPartsResource:
        """2 operations (/conversations/redact, ...)."""
        from .conversation_parts import AsyncConversationPartsResource

        return resource(self, "conversation_parts", AsyncConversationPartsResource)

    @property
    def conversations(self) -> AsyncConversationsResource:
        """13 operations (/conversations, ...)."""
        from .conversations import AsyncConversationsResource

        return resource(self, "conversations", AsyncConversationsResource)

    @property
    def conversations_attributes(self) -> AsyncConversationsAttributesResource:
        """8 operations (/conversations/attributes, ...)."""
        from .conversations_attributes import AsyncConversationsAttributesResource

        return resource(self, "conversations_attributes", AsyncConversationsAttributesResource)

    @property
    def custom_object_instances(self) -> AsyncCustomObjectInstancesResource:
        """5 operations (/custom_object_instances/{custom_object_type_identifier}, ...)."""
        from .custom_object_instances import AsyncCustomObjectInstancesResource

        return resource(self, "custom_object_instances", AsyncCustomObjectInstancesResource)

    @property
    def data_attributes(self) -> AsyncDataAttributesResource:
        """3 operations (/data_attributes, ...)."""
        from .data_attributes import AsyncDataAttributesResource

        return resource(self, "data_attributes", AsyncDataAttributesResource)

    @property
    def data_connectors(self) -> AsyncDataConnectorsResource:
        """7 operations (/data_connectors, ...)."""
        from .data_connectors import AsyncDataConnectorsResource

        return resource(self, "data_connectors", AsyncDataConnectorsResource)

    @property
    def data_events(self) -> AsyncDataEventsResource:
        """3 operations (/events, ...)."""
        from .data_events import AsyncDataEventsResource

        return resource(self, "data_events", AsyncDataEventsResource)

    @property
    def data_export(self) -> AsyncDataExportResource:
        """4 operations (/download/content/data/{job_identifier}, ...)."""
        from .data_export import AsyncDataExportResource

        return resource(self, "data_export", AsyncDataExportResource)

    @property
    def ecommerce_connectors(self) -> AsyncEcommerceConnectorsResource:
        """1 operations (/ecommerce/connectors/{id}/catalog, ...)."""
        from .ecommerce_connectors import AsyncEcommerceConnectorsResource

        return resource(self, "ecommerce_connectors", AsyncEcommerceConnectorsResource)

    @property
    def emails(self) -> AsyncEmailsResource:
        """2 operations (/emails, ...)."""
        from .emails import AsyncEmailsResource

        return resource(self, "emails", AsyncEmailsResource)

    @property
    def fin_agent(self) -> AsyncFinAgentResource:
        """7 operations (/fin/ask, ...)."""
        from .fin_agent import AsyncFinAgentResource

        return resource(self, "fin_agent", AsyncFinAgentResource)

    @property
    def folders(self) -> AsyncFoldersResource:
        """5 operations (/folders, ...)."""
        from .folders import AsyncFoldersResource

        return resource(self, "folders", AsyncFoldersResource)

    @property
    def help_center(self) -> AsyncHelpCenterResource:
        """11 operations (/help_center/collections, ...)."""
        from .help_center import AsyncHelpCenterResource

        return resource(self, "help_center", AsyncHelpCenterResource)

    @property
    def identity_verification_secrets(self) -> AsyncIdentityVerificationSecretsResource:
        """3 operations (/secure_mode_secrets, ...)."""
        from .identity_verification_secrets import AsyncIdentityVerificationSecretsResource

        return resource(self, "identity_verification_secrets", AsyncIdentityVerificationSecretsResource)

    @property
    def internal_articles(self) -> AsyncInternalArticlesResource:
        """8 operations (/internal_articles, ...)."""
        from .internal_articles import AsyncInternalArticlesResource

        return resource(self, "internal_articles", AsyncInternalArticlesResource)

    @property
    def jobs(self) -> AsyncJobsResource:
        """1 operations (/jobs/status/{id}, ...)."""
        from .jobs import AsyncJobsResource

        return resource(self, "jobs", AsyncJobsResource)

    @property
    def macros(self) -> AsyncMacrosResource:
        """2 operations (/macros, ...)."""
        from .macros import AsyncMacrosResource

        return resource(self, "macros", AsyncMacrosResource)

    @property
    def messages(self) -> AsyncMessagesResource:
        """3 operations (/messages, ...)."""
        from .messages import AsyncMessagesResource

        return resource(self, "messages", AsyncMessagesResource)

    @property
    def news(self) -> AsyncNewsResource:
        """8 operations (/news/news_items, ...)."""
        from .news import AsyncNewsResource

        return resource(self, "news", AsyncNewsResource)

    @property
    def notes(self) -> AsyncNotesResource:
        """5 operations (/companies/{company_id}/notes, ...)."""
        from .notes import AsyncNotesResource

        return resource(self, "notes", AsyncNotesResource)

    @property
    def office_hours(self) -> AsyncOfficeHoursResource:
        """10 operations (/office_hours_schedules, ...)."""
        from .office_hours import AsyncOfficeHoursResource

        return resource(self, "office_hours", AsyncOfficeHoursResource)

    @property
    def procedures(self) -> AsyncProceduresResource:
        """1 operations (/procedures/{conversation_id}/collect_agent_input, ...)."""
        from .procedures import AsyncProceduresResource

        return resource(self, "procedures", AsyncProceduresResource)

    @property
    def reporting_data_export(self) -> AsyncReportingDataExportResource:
        """4 operations (/download/reporting_data/{job_identifier}, ...)."""
        from .reporting_data_export import AsyncReportingDataExportResource

        return resource(self, "reporting_data_export", AsyncReportingDataExportResource)

    @property
    def segments(self) -> AsyncSegmentsResource:
        """2 operations (/segments, ...)."""
        from .segments import AsyncSegmentsResource

        return resource(self, "segments", AsyncSegmentsResource)

    @property
    def subscription_types(self) -> AsyncSubscriptionTypesResource:
        """3 operations (/contacts/{contact_id}/subscriptions, ...)."""
        from .subscription_types import AsyncSubscriptionTypesResource

        return resource(self, "subscription_types", AsyncSubscriptionTypesResource)

    @property
    def switch(self) -> AsyncSwitchResource:
        """1 operations (/phone_call_redirects, ...)."""
        from .switch import AsyncSwitchResource

        return resource(self, "switch", AsyncSwitchResource)

    @property
    def tags(self) -> AsyncTagsResource:
        """10 operations (/contacts/{contact_id}/tags, ...)."""
        from .tags import AsyncTagsResource

        return resource(self, "tags", AsyncTagsResource)

    @property
    def teams(self) -> AsyncTeamsResource:
        """4 operations (/teams, ...)."""
        from .teams import AsyncTeamsResource

        return resource(self, "teams", AsyncTeamsResource)

    @property
    def ticket_states(self) -> AsyncTicketStatesResource:
        """1 operations (/ticket_states, ...)."""
        from .ticket_states import AsyncTicketStatesResource

        return resource(self, "ticket_states", AsyncTicketStatesResource)

    @property
    def ticket_type_attributes(self) -> AsyncTicketTypeAttributesResource:
        """2 operations (/ticket_types/{ticket_type_id}/attributes, ...)."""
        from .ticket_type_attributes import AsyncTicketTypeAttributesResource

        return resource(self, "ticket_type_attributes", AsyncTicketTypeAttributesResource)

    @property
    def ticket_types(self) -> AsyncTicketTypesResource:
        """4 operations (/ticket_types, ...)."""
        from .ticket_types import AsyncTicketTypesResource

        return resource(self, "ticket_types", AsyncTicketTypesResource)

    @property
    def tickets(self) -> AsyncTicketsResource:
        """10 operations (/tickets, ...)."""
        from .tickets import AsyncTicketsResource

        return resource(self, "tickets", AsyncTicketsResource)

    @property
    def visitors(self) -> AsyncVisitorsResource:
        """3 operations (/visitors, ...)."""
        from .visitors import AsyncVisitorsResource

        return resource(self, "visitors", AsyncVisitorsResource)

    @property
    def workflows(self) -> AsyncWorkflowsResource:
        """1 operations (/export/workflows/{id}, ...)."""
        from .workflows import AsyncWorkflowsResource

        return resource(self, "workflows", AsyncWorkflowsResource)


class SyncResources(SyncSurface):
    """The resource properties of Intercom."""

    __slots__ = ()

    @property
    def admins(self) -> AdminsResource:
        """7 operations (/admins, ...)."""
        from .admins import AdminsResource

        return resource(self, "admins", AdminsResource)

    @property
    def ai_content(self) -> AiContentResource:
        """10 operations (/ai/content_import_sources, ...)."""
        from .ai_content import AiContentResource

        return resource(self, "ai_content", AiContentResource)

    @property
    def articles(self) -> ArticlesResource:
        """13 operations (/articles, ...)."""
        from .articles import ArticlesResource

        return resource(self, "articles", ArticlesResource)

    @property
    def audiences(self) -> AudiencesResource:
        """5 operations (/audiences, ...)."""
        from .audiences import AudiencesResource

        return resource(self, "audiences", AudiencesResource)

    @property
    def away_status_reasons(self) -> AwayStatusReasonsResource:
        """1 operations (/away_status_reasons, ...)."""
        from .away_status_reasons import AwayStatusReasonsResource

        return resource(self, "away_status_reasons", AwayStatusReasonsResource)

    @property
    def banners(self) -> BannersResource:
        """2 operations (/contacts/{id}/banners, ...)."""
        from .banners import BannersResource

        return resource(self, "banners", BannersResource)

    @property
    def brands(self) -> BrandsResource:
        """2 operations (/brands, ...)."""
        from .brands import BrandsResource

        return resource(self, "brands", BrandsResource)

    @property
    def calls(self) -> CallsResource:
        """10 operations (/calls, ...)."""
        from .calls import CallsResource

        return resource(self, "calls", CallsResource)

    @property
    def companies(self) -> CompaniesResource:
        """16 operations (/companies, ...)."""
        from .companies import CompaniesResource

        return resource(self, "companies", CompaniesResource)

    @property
    def contacts(self) -> ContactsResource:
        """22 operations (/contacts, ...)."""
        from .contacts import ContactsResource

        return resource(self, "contacts", ContactsResource)

    @property
    def content(self) -> ContentResource:
        """2 operations (/content/bulk_actions, ...)."""
        from .content import ContentResource

        return resource(self, "content", ContentResource)

    @property
    def content_snippets(self) -> ContentSnippetsResource:
        """7 operations (/content_snippets, ...)."""
        from .content_snippets import ContentSnippetsResource

        return resource(self, "content_snippets", ContentSnippetsResource)

    @property
    def conversation_participants(self) -> ConversationParticipantsResource:
        """2 operations (/conversations/{conversation_id}/customers/{contact_id}, ...)."""
        from .conversation_participants import ConversationParticipantsResource

        return resource(self, "conversation_participants", ConversationParticipantsResource)

    @property
    def conversation_parts(self) -> ConversationPartsResource:
        """2 operations (/conversations/redact, ...)."""
        from .conversation_parts import ConversationPartsResource

        return resource(self, "conversation_parts", ConversationPartsResource)

    @property
    def conversations(self) -> ConversationsResource:
        """13 operations (/conversations, ...)."""
        from .conversations import ConversationsResource

        return resource(self, "conversations", ConversationsResource)

    @property
    def conversations_attributes(self) -> ConversationsAttributesResource:
        """8 operations (/conversations/attributes, ...)."""
        from .conversations_attributes import ConversationsAttributesResource

        return resource(self, "conversations_attributes", ConversationsAttributesResource)

    @property
    def custom_object_instances(self) -> CustomObjectInstancesResource:
        """5 operations (/custom_object_instances/{custom_object_type_identifier}, ...)."""
        from .custom_object_instances import CustomObjectInstancesResource

        return resource(self, "custom_object_instances", CustomObjectInstancesResource)

    @property
    def data_attributes(self) -> DataAttributesResource:
        """3 operations (/data_attributes, ...)."""
        from .data_attributes import DataAttributesResource

        return resource(self, "data_attributes", DataAttributesResource)

    @property
    def data_connectors(self) -> DataConnectorsResource:
        """7 operations (/data_connectors, ...)."""
        from .data_connectors import DataConnectorsResource

        return resource(self, "data_connectors", DataConnectorsResource)

    @property
    def data_events(self) -> DataEventsResource:
        """3 operations (/events, ...)."""
        from .data_events import DataEventsResource

        return resource(self, "data_events", DataEventsResource)

    @property
    def data_export(self) -> DataExportResource:
        """4 operations (/download/content/data/{job_identifier}, ...)."""
        from .data_export import DataExportResource

        return resource(self, "data_export", DataExportResource)

    @property
    def ecommerce_connectors(self) -> EcommerceConnectorsResource:
        """1 operations (/ecommerce/connectors/{id}/catalog, ...)."""
        from .ecommerce_connectors import EcommerceConnectorsResource

        return resource(self, "ecommerce_connectors", EcommerceConnectorsResource)

    @property
    def emails(self) -> EmailsResource:
        """2 operations (/emails, ...)."""
        from .emails import EmailsResource

        return resource(self, "emails", EmailsResource)

    @property
    def fin_agent(self) -> FinAgentResource:
        """7 operations (/fin/ask, ...)."""
        from .fin_agent import FinAgentResource

        return resource(self, "fin_agent", FinAgentResource)

    @property
    def folders(self) -> FoldersResource:
        """5 operations (/folders, ...)."""
        from .folders import FoldersResource

        return resource(self, "folders", FoldersResource)

    @property
    def help_center(self) -> HelpCenterResource:
        """11 operations (/help_center/collections, ...)."""
        from .help_center import HelpCenterResource

        return resource(self, "help_center", HelpCenterResource)

    @property
    def identity_verification_secrets(self) -> IdentityVerificationSecretsResource:
        """3 operations (/secure_mode_secrets, ...)."""
        from .identity_verification_secrets import IdentityVerificationSecretsResource

        return resource(self, "identity_verification_secrets", IdentityVerificationSecretsResource)

    @property
    def internal_articles(self) -> InternalArticlesResource:
        """8 operations (/internal_articles, ...)."""
        from .internal_articles import InternalArticlesResource

        return resource(self, "internal_articles", InternalArticlesResource)

    @property
    def jobs(self) -> JobsResource:
        """1 operations (/jobs/status/{id}, ...)."""
        from .jobs import JobsResource

        return resource(self, "jobs", JobsResource)

    @property
    def macros(self) -> MacrosResource:
        """2 operations (/macros, ...)."""
        from .macros import MacrosResource

        return resource(self, "macros", MacrosResource)

    @property
    def messages(self) -> MessagesResource:
        """3 operations (/messages, ...)."""
        from .messages import MessagesResource

        return resource(self, "messages", MessagesResource)

    @property
    def news(self) -> NewsResource:
        """8 operations (/news/news_items, ...)."""
        from .news import NewsResource

        return resource(self, "news", NewsResource)

    @property
    def notes(self) -> NotesResource:
        """5 operations (/companies/{company_id}/notes, ...)."""
        from .notes import NotesResource

        return resource(self, "notes", NotesResource)

    @property
    def office_hours(self) -> OfficeHoursResource:
        """10 operations (/office_hours_schedules, ...)."""
        from .office_hours import OfficeHoursResource

        return resource(self, "office_hours", OfficeHoursResource)

    @property
    def procedures(self) -> ProceduresResource:
        """1 operations (/procedures/{conversation_id}/collect_agent_input, ...)."""
        from .procedures import ProceduresResource

        return resource(self, "procedures", ProceduresResource)

    @property
    def reporting_data_export(self) -> ReportingDataExportResource:
        """4 operations (/download/reporting_data/{job_identifier}, ...)."""
        from .reporting_data_export import ReportingDataExportResource

        return resource(self, "reporting_data_export", ReportingDataExportResource)

    @property
    def segments(self) -> SegmentsResource:
        """2 operations (/segments, ...)."""
        from .segments import SegmentsResource

        return resource(self, "segments", SegmentsResource)

    @property
    def subscription_types(self) -> SubscriptionTypesResource:
        """3 operations (/contacts/{contact_id}/subscriptions, ...)."""
        from .subscription_types import SubscriptionTypesResource

        return resource(self, "subscription_types", SubscriptionTypesResource)

    @property
    def switch(self) -> SwitchResource:
        """1 operations (/phone_call_redirects, ...)."""
        from .switch import SwitchResource

        return resource(self, "switch", SwitchResource)

    @property
    def tags(self) -> TagsResource:
        """10 operations (/contacts/{contact_id}/tags, ...)."""
        from .tags import TagsResource

        return resource(self, "tags", TagsResource)

    @property
    def teams(self) -> TeamsResource:
        """4 operations (/teams, ...)."""
        from .teams import TeamsResource

        return resource(self, "teams", TeamsResource)

    @property
    def ticket_states(self) -> TicketStatesResource:
        """1 operations (/ticket_states, ...)."""
        from .ticket_states import TicketStatesResource

        return resource(self, "ticket_states", TicketStatesResource)

    @property
    def ticket_type_attributes(self) -> TicketTypeAttributesResource:
        """2 operations (/ticket_types/{ticket_type_id}/attributes, ...)."""
        from .ticket_type_attributes import TicketTypeAttributesResource

        return resource(self, "ticket_type_attributes", TicketTypeAttributesResource)

    @property
    def ticket_types(self) -> TicketTypesResource:
        """4 operations (/ticket_types, ...)."""
        from .ticket_types import TicketTypesResource

        return resource(self, "ticket_types", TicketTypesResource)

    @property
    def tickets(self) -> TicketsResource:
        """10 operations (/tickets, ...)."""
        from .tickets import TicketsResource

        return resource(self, "tickets", TicketsResource)

    @property
    def visitors(self) -> VisitorsResource:
        """3 operations (/visitors, ...)."""
        from .visitors import VisitorsResource

        return resource(self, "visitors", VisitorsResource)

    @property
    def workflows(self) -> WorkflowsResource:
        """1 operations (/export/workflows/{id}, ...)."""
        from .workflows import WorkflowsResource

        return resource(self, "workflows", WorkflowsResource)
