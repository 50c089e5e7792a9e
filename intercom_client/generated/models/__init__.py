# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
"""All data models used in requests and responses, imported lazily.

``from <package>.models import Contact`` imports only the module that defines ``Contact`` (and the
models it refers to), on first use; static type checkers see every name through the block below.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity_log import ActivityLog
    from .activity_log_activity_type import ActivityLogActivityType
    from .activity_log_event_type_list import ActivityLogEventTypeList
    from .activity_log_list import ActivityLogList
    from .activity_log_metadata import ActivityLogMetadata
    from .activity_log_metadata_changes import ActivityLogMetadataChanges
    from .activity_log_metadata_changes_additional_property import ActivityLogMetadataChangesAdditionalProperty
    from .activity_log_performed_by import ActivityLogPerformedBy
    from .addressable_list import AddressableList
    from .admin import Admin
    from .admin_avatar import AdminAvatar
    from .admin_list import AdminList
    from .admin_priority_level import AdminPriorityLevel
    from .admin_priority_level_request import AdminPriorityLevelRequest, AdminPriorityLevelRequestDict
    from .admin_reply_conversation_request import AdminReplyConversationRequest, AdminReplyConversationRequestDict
    from .admin_reply_conversation_request_message_type import AdminReplyConversationRequestMessageType
    from .admin_reply_conversation_request_type import AdminReplyConversationRequestType
    from .admin_reply_ticket_request import AdminReplyTicketRequest, AdminReplyTicketRequestDict
    from .admin_reply_ticket_request_message_type import AdminReplyTicketRequestMessageType
    from .admin_reply_ticket_request_reply_options_item import (
        AdminReplyTicketRequestReplyOptionsItem,
        AdminReplyTicketRequestReplyOptionsItemDict,
    )
    from .admin_reply_ticket_request_type import AdminReplyTicketRequestType
    from .admin_role import AdminRole
    from .admin_with_app import AdminWithApp
    from .admin_with_app_avatar import AdminWithAppAvatar
    from .admin_with_app_role import AdminWithAppRole
    from .ai_agent import AiAgent
    from .ai_agent_last_answer_type import AiAgentLastAnswerType
    from .ai_agent_resolution_state import AiAgentResolutionState
    from .ai_agent_source_type import AiAgentSourceType
    from .ai_call_response import AiCallResponse
    from .ai_call_response_call_transcript_item import AiCallResponseCallTranscriptItem
    from .ai_call_response_intent_item import AiCallResponseIntentItem
    from .ai_subtopic import AiSubtopic
    from .ai_topic import AiTopic
    from .ai_topics import AiTopics
    from .app import App
    from .article import Article
    from .article_content import ArticleContent, ArticleContentDict
    from .article_content_state import ArticleContentState
    from .article_content_type import ArticleContentType
    from .article_list import ArticleList
    from .article_list_item import ArticleListItem
    from .article_list_item_help_center_audience import ArticleListItemHelpCenterAudience
    from .article_list_item_state import ArticleListItemState
    from .article_list_item_type import ArticleListItemType
    from .article_list_type import ArticleListType
    from .article_search_highlights import ArticleSearchHighlights
    from .article_search_highlights_highlighted_summary_item_item import (
        ArticleSearchHighlightsHighlightedSummaryItemItem,
    )
    from .article_search_highlights_highlighted_summary_item_item_type import (
        ArticleSearchHighlightsHighlightedSummaryItemItemType,
    )
    from .article_search_highlights_highlighted_title_item import ArticleSearchHighlightsHighlightedTitleItem
    from .article_search_highlights_highlighted_title_item_type import ArticleSearchHighlightsHighlightedTitleItemType
    from .article_search_response import ArticleSearchResponse
    from .article_search_response_data import ArticleSearchResponseData
    from .article_search_response_type import ArticleSearchResponseType
    from .article_statistics import ArticleStatistics
    from .article_statistics_type import ArticleStatisticsType
    from .article_translated_content import ArticleTranslatedContent, ArticleTranslatedContentDict
    from .article_translated_content_type import ArticleTranslatedContentType
    from .article_version import ArticleVersion
    from .article_version_list import ArticleVersionList
    from .article_version_list_type import ArticleVersionListType
    from .article_version_state import ArticleVersionState
    from .article_version_summary import ArticleVersionSummary
    from .article_version_summary_state import ArticleVersionSummaryState
    from .article_version_summary_type import ArticleVersionSummaryType
    from .article_version_type import ArticleVersionType
    from .ask_fin_body import AskFinBody, AskFinBodyDict
    from .ask_fin_result import AskFinResult
    from .ask_fin_result_status import AskFinResultStatus
    from .assign_conversation_request import AssignConversationRequest, AssignConversationRequestDict
    from .assign_conversation_request_message_type import AssignConversationRequestMessageType
    from .assign_conversation_request_type import AssignConversationRequestType
    from .attach_contact_to_a_company_body import AttachContactToACompanyBody, AttachContactToACompanyBodyDict
    from .attach_contact_to_conversation_request import (
        AttachContactToConversationRequest,
        AttachContactToConversationRequestDict,
    )
    from .attach_contact_to_conversation_request_customer_with_email import (
        AttachContactToConversationRequestCustomerWithEmail,
        AttachContactToConversationRequestCustomerWithEmailDict,
    )
    from .attach_contact_to_conversation_request_customer_with_intercom_user_id import (
        AttachContactToConversationRequestCustomerWithIntercomUserId,
        AttachContactToConversationRequestCustomerWithIntercomUserIdDict,
    )
    from .attach_contact_to_conversation_request_customer_with_user_id import (
        AttachContactToConversationRequestCustomerWithUserId,
        AttachContactToConversationRequestCustomerWithUserIdDict,
    )
    from .attach_subscription_type_to_contact_body import (
        AttachSubscriptionTypeToContactBody,
        AttachSubscriptionTypeToContactBodyDict,
    )
    from .attach_tag_to_article_body import AttachTagToArticleBody, AttachTagToArticleBodyDict
    from .attach_tag_to_contact_body import AttachTagToContactBody, AttachTagToContactBodyDict
    from .attach_tag_to_content_snippet_body import AttachTagToContentSnippetBody, AttachTagToContentSnippetBodyDict
    from .attach_tag_to_conversation_body import AttachTagToConversationBody, AttachTagToConversationBodyDict
    from .attach_tag_to_internal_article_body import AttachTagToInternalArticleBody, AttachTagToInternalArticleBodyDict
    from .attach_tag_to_ticket_body import AttachTagToTicketBody, AttachTagToTicketBodyDict
    from .audience import Audience
    from .audience_list import AudienceList
    from .audience_list_type import AudienceListType
    from .audience_type import AudienceType
    from .away_status_reason import AwayStatusReason
    from .away_status_reason_list import AwayStatusReasonList
    from .away_status_reason_list_type import AwayStatusReasonListType
    from .banner import Banner
    from .banner_action import BannerAction
    from .banner_action_reaction_set_item import BannerActionReactionSetItem
    from .banner_client_targeting_item import BannerClientTargetingItem
    from .banner_dismiss import BannerDismiss
    from .banner_list import BannerList
    from .brand import Brand
    from .brand_list import BrandList
    from .bulk_create_companies_request import BulkCreateCompaniesRequest, BulkCreateCompaniesRequestDict
    from .bulk_create_companies_request_companies_item import (
        BulkCreateCompaniesRequestCompaniesItem,
        BulkCreateCompaniesRequestCompaniesItemDict,
    )
    from .bulk_create_companies_request_companies_item_custom_attributes import (
        BulkCreateCompaniesRequestCompaniesItemCustomAttributes,
        BulkCreateCompaniesRequestCompaniesItemCustomAttributesDict,
    )
    from .bulk_create_companies_request_job import BulkCreateCompaniesRequestJob, BulkCreateCompaniesRequestJobDict
    from .bulk_create_contacts_request import BulkCreateContactsRequest, BulkCreateContactsRequestDict
    from .bulk_create_contacts_request_contacts_item import (
        BulkCreateContactsRequestContactsItem,
        BulkCreateContactsRequestContactsItemDict,
    )
    from .bulk_create_contacts_request_contacts_item_companies_item import (
        BulkCreateContactsRequestContactsItemCompaniesItem,
        BulkCreateContactsRequestContactsItemCompaniesItemDict,
    )
    from .bulk_create_contacts_request_contacts_item_custom_attributes import (
        BulkCreateContactsRequestContactsItemCustomAttributes,
        BulkCreateContactsRequestContactsItemCustomAttributesDict,
    )
    from .bulk_create_contacts_request_contacts_item_tags import (
        BulkCreateContactsRequestContactsItemTags,
        BulkCreateContactsRequestContactsItemTagsDict,
    )
    from .bulk_create_contacts_request_contacts_item_tags_add_item import (
        BulkCreateContactsRequestContactsItemTagsAddItem,
        BulkCreateContactsRequestContactsItemTagsAddItemDict,
    )
    from .bulk_create_contacts_request_job import BulkCreateContactsRequestJob, BulkCreateContactsRequestJobDict
    from .bulk_delete_companies_request import BulkDeleteCompaniesRequest, BulkDeleteCompaniesRequestDict
    from .bulk_delete_companies_request_companies_item import (
        BulkDeleteCompaniesRequestCompaniesItem,
        BulkDeleteCompaniesRequestCompaniesItemDict,
    )
    from .bulk_delete_companies_request_job import BulkDeleteCompaniesRequestJob, BulkDeleteCompaniesRequestJobDict
    from .bulk_delete_contacts_request import BulkDeleteContactsRequest, BulkDeleteContactsRequestDict
    from .bulk_delete_contacts_request_contacts_item import (
        BulkDeleteContactsRequestContactsItem,
        BulkDeleteContactsRequestContactsItemDict,
    )
    from .bulk_delete_contacts_request_job import BulkDeleteContactsRequestJob, BulkDeleteContactsRequestJobDict
    from .bulk_update_companies_request import BulkUpdateCompaniesRequest, BulkUpdateCompaniesRequestDict
    from .bulk_update_companies_request_companies_item import (
        BulkUpdateCompaniesRequestCompaniesItem,
        BulkUpdateCompaniesRequestCompaniesItemDict,
    )
    from .bulk_update_companies_request_companies_item_custom_attributes import (
        BulkUpdateCompaniesRequestCompaniesItemCustomAttributes,
        BulkUpdateCompaniesRequestCompaniesItemCustomAttributesDict,
    )
    from .bulk_update_companies_request_job import BulkUpdateCompaniesRequestJob, BulkUpdateCompaniesRequestJobDict
    from .bulk_update_contacts_request import BulkUpdateContactsRequest, BulkUpdateContactsRequestDict
    from .bulk_update_contacts_request_contacts_item import (
        BulkUpdateContactsRequestContactsItem,
        BulkUpdateContactsRequestContactsItemDict,
    )
    from .bulk_update_contacts_request_contacts_item_companies_item import (
        BulkUpdateContactsRequestContactsItemCompaniesItem,
        BulkUpdateContactsRequestContactsItemCompaniesItemDict,
    )
    from .bulk_update_contacts_request_contacts_item_custom_attributes import (
        BulkUpdateContactsRequestContactsItemCustomAttributes,
        BulkUpdateContactsRequestContactsItemCustomAttributesDict,
    )
    from .bulk_update_contacts_request_contacts_item_tags import (
        BulkUpdateContactsRequestContactsItemTags,
        BulkUpdateContactsRequestContactsItemTagsDict,
    )
    from .bulk_update_contacts_request_contacts_item_tags_add_item import (
        BulkUpdateContactsRequestContactsItemTagsAddItem,
        BulkUpdateContactsRequestContactsItemTagsAddItemDict,
    )
    from .bulk_update_contacts_request_contacts_item_tags_remove_item import (
        BulkUpdateContactsRequestContactsItemTagsRemoveItem,
        BulkUpdateContactsRequestContactsItemTagsRemoveItemDict,
    )
    from .bulk_update_contacts_request_job import BulkUpdateContactsRequestJob, BulkUpdateContactsRequestJobDict
    from .call import Call
    from .call_list import CallList
    from .call_summary import CallSummary
    from .call_with_transcript import CallWithTranscript
    from .call_with_transcript_list import CallWithTranscriptList
    from .call_with_transcript_transcript_item import CallWithTranscriptTranscriptItem
    from .change_ticket_type_request import ChangeTicketTypeRequest, ChangeTicketTypeRequestDict
    from .change_ticket_type_request_ticket_attributes import (
        ChangeTicketTypeRequestTicketAttributes,
        ChangeTicketTypeRequestTicketAttributesDict,
    )
    from .close_conversation_request import CloseConversationRequest, CloseConversationRequestDict
    from .close_conversation_request_message_type import CloseConversationRequestMessageType
    from .close_conversation_request_type import CloseConversationRequestType
    from .collect_agent_input_request import CollectAgentInputRequest, CollectAgentInputRequestDict
    from .collect_agent_input_request_attribute_values_item import (
        CollectAgentInputRequestAttributeValuesItem,
        CollectAgentInputRequestAttributeValuesItemDict,
    )
    from .collect_procedure_agent_input_result import CollectProcedureAgentInputResult
    from .collection import Collection
    from .collection_list import CollectionList
    from .collection_list_type import CollectionListType
    from .companies_bulk_job import CompaniesBulkJob
    from .companies_bulk_job_state import CompaniesBulkJobState
    from .companies_bulk_job_tasks_item import CompaniesBulkJobTasksItem
    from .companies_bulk_job_tasks_item_state import CompaniesBulkJobTasksItemState
    from .companies_bulk_job_type import CompaniesBulkJobType
    from .company import Company
    from .company_attached_contacts import CompanyAttachedContacts
    from .company_attached_contacts_type import CompanyAttachedContactsType
    from .company_attached_segments import CompanyAttachedSegments
    from .company_attached_segments_type import CompanyAttachedSegmentsType
    from .company_custom_attributes import CompanyCustomAttributes
    from .company_data import CompanyData
    from .company_data_type import CompanyDataType
    from .company_list import CompanyList
    from .company_list_type import CompanyListType
    from .company_note import CompanyNote
    from .company_note_company import CompanyNoteCompany
    from .company_notes import CompanyNotes
    from .company_notes_type import CompanyNotesType
    from .company_plan import CompanyPlan
    from .company_scroll import CompanyScroll
    from .company_scroll_type import CompanyScrollType
    from .company_search_request import CompanySearchRequest, CompanySearchRequestDict
    from .company_search_request_sort import CompanySearchRequestSort, CompanySearchRequestSortDict
    from .company_search_request_sort_order import CompanySearchRequestSortOrder
    from .company_segments import CompanySegments
    from .company_segments_type import CompanySegmentsType
    from .company_tags import CompanyTags
    from .company_tags_type import CompanyTagsType
    from .company_type import CompanyType
    from .contact import Contact
    from .contact_activity import ContactActivity
    from .contact_activity_event_type import ContactActivityEventType
    from .contact_activity_list import ContactActivityList
    from .contact_activity_list_pages import ContactActivityListPages
    from .contact_activity_list_pages_type import ContactActivityListPagesType
    from .contact_activity_list_type import ContactActivityListType
    from .contact_activity_type import ContactActivityType
    from .contact_archived import ContactArchived
    from .contact_attached_companies import ContactAttachedCompanies
    from .contact_attached_companies_type import ContactAttachedCompaniesType
    from .contact_avatar import ContactAvatar
    from .contact_blocked import ContactBlocked
    from .contact_companies import ContactCompanies
    from .contact_custom_attributes import ContactCustomAttributes
    from .contact_deleted import ContactDeleted
    from .contact_list import ContactList
    from .contact_list_type import ContactListType
    from .contact_location import ContactLocation
    from .contact_notes import ContactNotes
    from .contact_reference import ContactReference
    from .contact_reference_type import ContactReferenceType
    from .contact_reply_base_request import ContactReplyBaseRequest, ContactReplyBaseRequestDict
    from .contact_reply_base_request_message_type import ContactReplyBaseRequestMessageType
    from .contact_reply_base_request_reply_options_item import (
        ContactReplyBaseRequestReplyOptionsItem,
        ContactReplyBaseRequestReplyOptionsItemDict,
    )
    from .contact_reply_base_request_type import ContactReplyBaseRequestType
    from .contact_reply_email_request import ContactReplyEmailRequest, ContactReplyEmailRequestDict
    from .contact_reply_intercom_user_id_request import (
        ContactReplyIntercomUserIdRequest,
        ContactReplyIntercomUserIdRequestDict,
    )
    from .contact_reply_ticket_email_request import ContactReplyTicketEmailRequest, ContactReplyTicketEmailRequestDict
    from .contact_reply_ticket_intercom_user_id_request import (
        ContactReplyTicketIntercomUserIdRequest,
        ContactReplyTicketIntercomUserIdRequestDict,
    )
    from .contact_reply_ticket_user_id_request import (
        ContactReplyTicketUserIdRequest,
        ContactReplyTicketUserIdRequestDict,
    )
    from .contact_reply_user_id_request import ContactReplyUserIdRequest, ContactReplyUserIdRequestDict
    from .contact_search_request import ContactSearchRequest, ContactSearchRequestDict
    from .contact_search_request_sort import ContactSearchRequestSort, ContactSearchRequestSortDict
    from .contact_search_request_sort_order import ContactSearchRequestSortOrder
    from .contact_segments import ContactSegments
    from .contact_segments_type import ContactSegmentsType
    from .contact_social_profiles import ContactSocialProfiles
    from .contact_subscription_types import ContactSubscriptionTypes
    from .contact_tags import ContactTags
    from .contact_unarchived import ContactUnarchived
    from .contacts_bulk_job import ContactsBulkJob
    from .contacts_bulk_job_state import ContactsBulkJobState
    from .contacts_bulk_job_tasks_item import ContactsBulkJobTasksItem
    from .contacts_bulk_job_tasks_item_state import ContactsBulkJobTasksItemState
    from .contacts_bulk_job_type import ContactsBulkJobType
    from .content_bulk_action_request import ContentBulkActionRequest, ContentBulkActionRequestDict
    from .content_bulk_action_request_action import ContentBulkActionRequestAction
    from .content_bulk_action_request_audience import (
        ContentBulkActionRequestAudience,
        ContentBulkActionRequestAudienceDict,
    )
    from .content_bulk_action_request_availability import (
        ContentBulkActionRequestAvailability,
        ContentBulkActionRequestAvailabilityDict,
    )
    from .content_bulk_action_request_content_ids_item import (
        ContentBulkActionRequestContentIdsItem,
        ContentBulkActionRequestContentIdsItemDict,
    )
    from .content_bulk_action_request_content_ids_item_type import ContentBulkActionRequestContentIdsItemType
    from .content_bulk_action_request_tags import ContentBulkActionRequestTags, ContentBulkActionRequestTagsDict
    from .content_bulk_action_response import ContentBulkActionResponse
    from .content_import_source import ContentImportSource
    from .content_import_source_status import ContentImportSourceStatus
    from .content_import_source_sync_behavior import ContentImportSourceSyncBehavior
    from .content_import_source_type import ContentImportSourceType
    from .content_import_sources_list import ContentImportSourcesList
    from .content_import_sources_list_type import ContentImportSourcesListType
    from .content_search_article_content_item import ContentSearchArticleContentItem
    from .content_search_article_content_item_type import ContentSearchArticleContentItemType
    from .content_search_article_item import ContentSearchArticleItem
    from .content_search_article_item_type import ContentSearchArticleItemType
    from .content_search_default_item import ContentSearchDefaultItem
    from .content_search_default_item_type import ContentSearchDefaultItemType
    from .content_search_response import ContentSearchResponse
    from .content_search_response_type import ContentSearchResponseType
    from .content_snippet import ContentSnippet
    from .content_snippet_create_request import ContentSnippetCreateRequest, ContentSnippetCreateRequestDict
    from .content_snippet_create_request_json_blocks_item import (
        ContentSnippetCreateRequestJsonBlocksItem,
        ContentSnippetCreateRequestJsonBlocksItemDict,
    )
    from .content_snippet_json_blocks_item import ContentSnippetJsonBlocksItem
    from .content_snippet_list import ContentSnippetList
    from .content_snippet_list_type import ContentSnippetListType
    from .content_snippet_update_request import ContentSnippetUpdateRequest, ContentSnippetUpdateRequestDict
    from .content_snippet_update_request_json_blocks_item import (
        ContentSnippetUpdateRequestJsonBlocksItem,
        ContentSnippetUpdateRequestJsonBlocksItemDict,
    )
    from .content_source import ContentSource
    from .content_source_content_type import ContentSourceContentType
    from .content_sources_list import ContentSourcesList
    from .content_sources_list_type import ContentSourcesListType
    from .conversation import Conversation
    from .conversation_attachment_files import ConversationAttachmentFiles, ConversationAttachmentFilesDict
    from .conversation_attribute_base import ConversationAttributeBase
    from .conversation_attribute_base_data_type import ConversationAttributeBaseDataType
    from .conversation_attribute_base_type import ConversationAttributeBaseType
    from .conversation_attribute_boolean_type import ConversationAttributeBooleanType
    from .conversation_attribute_boolean_type_data_type import ConversationAttributeBooleanTypeDataType
    from .conversation_attribute_datetime_type import ConversationAttributeDatetimeType
    from .conversation_attribute_datetime_type_data_type import ConversationAttributeDatetimeTypeDataType
    from .conversation_attribute_decimal_type import ConversationAttributeDecimalType
    from .conversation_attribute_decimal_type_data_type import ConversationAttributeDecimalTypeDataType
    from .conversation_attribute_files_type import ConversationAttributeFilesType
    from .conversation_attribute_files_type_data_type import ConversationAttributeFilesTypeDataType
    from .conversation_attribute_integer_type import ConversationAttributeIntegerType
    from .conversation_attribute_integer_type_data_type import ConversationAttributeIntegerTypeDataType
    from .conversation_attribute_list import ConversationAttributeList
    from .conversation_attribute_list_type import ConversationAttributeListType
    from .conversation_attribute_list_type_data_type import ConversationAttributeListTypeDataType
    from .conversation_attribute_list_type_enum import ConversationAttributeListTypeEnum
    from .conversation_attribute_option import ConversationAttributeOption
    from .conversation_attribute_relationship_type import ConversationAttributeRelationshipType
    from .conversation_attribute_relationship_type_data_type import ConversationAttributeRelationshipTypeDataType
    from .conversation_attribute_relationship_type_reference import ConversationAttributeRelationshipTypeReference
    from .conversation_attribute_relationship_type_reference_type import (
        ConversationAttributeRelationshipTypeReferenceType,
    )
    from .conversation_attribute_string_type import ConversationAttributeStringType
    from .conversation_attribute_string_type_data_type import ConversationAttributeStringTypeDataType
    from .conversation_attribute_updated_by_admin import ConversationAttributeUpdatedByAdmin
    from .conversation_attribute_updated_by_admin_attribute import ConversationAttributeUpdatedByAdminAttribute
    from .conversation_attribute_updated_by_admin_value import ConversationAttributeUpdatedByAdminValue
    from .conversation_attribute_updated_by_user import ConversationAttributeUpdatedByUser
    from .conversation_attribute_updated_by_user_attribute import ConversationAttributeUpdatedByUserAttribute
    from .conversation_attribute_updated_by_user_value import ConversationAttributeUpdatedByUserValue
    from .conversation_attribute_updated_by_workflow import ConversationAttributeUpdatedByWorkflow
    from .conversation_attribute_updated_by_workflow_attribute import ConversationAttributeUpdatedByWorkflowAttribute
    from .conversation_attribute_updated_by_workflow_value import ConversationAttributeUpdatedByWorkflowValue
    from .conversation_attribute_updated_by_workflow_workflow import ConversationAttributeUpdatedByWorkflowWorkflow
    from .conversation_channel import ConversationChannel
    from .conversation_contacts import ConversationContacts
    from .conversation_contacts_type import ConversationContactsType
    from .conversation_deleted import ConversationDeleted
    from .conversation_deleted_object import ConversationDeletedObject
    from .conversation_external_reference import ConversationExternalReference
    from .conversation_first_contact_reply import ConversationFirstContactReply
    from .conversation_list import ConversationList
    from .conversation_list_type import ConversationListType
    from .conversation_monitor_evaluation import ConversationMonitorEvaluation
    from .conversation_part import ConversationPart
    from .conversation_part_author import ConversationPartAuthor
    from .conversation_part_metadata import ConversationPartMetadata
    from .conversation_part_state import ConversationPartState
    from .conversation_parts import ConversationParts
    from .conversation_parts_type import ConversationPartsType
    from .conversation_priority import ConversationPriority
    from .conversation_rating import ConversationRating
    from .conversation_response_time import ConversationResponseTime
    from .conversation_scorecard import ConversationScorecard
    from .conversation_scorecard_evaluator import ConversationScorecardEvaluator
    from .conversation_scorecard_evaluator_result import ConversationScorecardEvaluatorResult
    from .conversation_scorecard_reviewed_teammate import ConversationScorecardReviewedTeammate
    from .conversation_scorecard_reviewed_teammate_type import ConversationScorecardReviewedTeammateType
    from .conversation_sla_applied_by_rule import ConversationSlaAppliedByRule
    from .conversation_sla_applied_by_rule_sla_definition import ConversationSlaAppliedByRuleSlaDefinition
    from .conversation_sla_applied_by_workflow import ConversationSlaAppliedByWorkflow
    from .conversation_sla_applied_by_workflow_sla_definition import ConversationSlaAppliedByWorkflowSlaDefinition
    from .conversation_sla_paused import ConversationSlaPaused
    from .conversation_sla_paused_current_sla_status import ConversationSlaPausedCurrentSlaStatus
    from .conversation_sla_paused_sla_states import ConversationSlaPausedSlaStates
    from .conversation_sla_paused_sla_states_additional_property import ConversationSlaPausedSlaStatesAdditionalProperty
    from .conversation_sla_paused_sla_states_additional_property_status import (
        ConversationSlaPausedSlaStatesAdditionalPropertyStatus,
    )
    from .conversation_sla_removed import ConversationSlaRemoved
    from .conversation_sla_target_missed import ConversationSlaTargetMissed
    from .conversation_sla_target_missed_current_sla_status import ConversationSlaTargetMissedCurrentSlaStatus
    from .conversation_sla_target_missed_sla_states import ConversationSlaTargetMissedSlaStates
    from .conversation_sla_target_missed_sla_states_additional_property import (
        ConversationSlaTargetMissedSlaStatesAdditionalProperty,
    )
    from .conversation_sla_target_missed_sla_states_additional_property_status import (
        ConversationSlaTargetMissedSlaStatesAdditionalPropertyStatus,
    )
    from .conversation_sla_target_missed_sla_target_type import ConversationSlaTargetMissedSlaTargetType
    from .conversation_sla_unpaused import ConversationSlaUnpaused
    from .conversation_source import ConversationSource
    from .conversation_source_author import ConversationSourceAuthor
    from .conversation_source_recipients_item import ConversationSourceRecipientsItem
    from .conversation_source_reply_to_item import ConversationSourceReplyToItem
    from .conversation_state import ConversationState
    from .conversation_statistics import ConversationStatistics
    from .conversation_tags_updated import ConversationTagsUpdated
    from .conversation_teammates import ConversationTeammates
    from .convert_conversation_to_ticket_request import (
        ConvertConversationToTicketRequest,
        ConvertConversationToTicketRequestDict,
    )
    from .convert_visitor_request import ConvertVisitorRequest, ConvertVisitorRequestDict
    from .convert_visitor_request_user import ConvertVisitorRequestUser, ConvertVisitorRequestUserDict
    from .convert_visitor_request_visitor import ConvertVisitorRequestVisitor, ConvertVisitorRequestVisitorDict
    from .create_article_request import CreateArticleRequest, CreateArticleRequestDict
    from .create_article_request_state import CreateArticleRequestState
    from .create_audience_request import CreateAudienceRequest, CreateAudienceRequestDict
    from .create_collection_request import CreateCollectionRequest, CreateCollectionRequestDict
    from .create_company_note_body import CreateCompanyNoteBody, CreateCompanyNoteBodyDict
    from .create_contact_request import CreateContactRequest, CreateContactRequestDict
    from .create_contact_request_custom_attributes import (
        CreateContactRequestCustomAttributes,
        CreateContactRequestCustomAttributesDict,
    )
    from .create_content_import_source_request import (
        CreateContentImportSourceRequest,
        CreateContentImportSourceRequestDict,
    )
    from .create_content_import_source_request_status import CreateContentImportSourceRequestStatus
    from .create_content_import_source_request_sync_behavior import CreateContentImportSourceRequestSyncBehavior
    from .create_conversation_attribute_boolean_request import (
        CreateConversationAttributeBooleanRequest,
        CreateConversationAttributeBooleanRequestDict,
    )
    from .create_conversation_attribute_boolean_request_data_type import (
        CreateConversationAttributeBooleanRequestDataType,
    )
    from .create_conversation_attribute_datetime_request import (
        CreateConversationAttributeDatetimeRequest,
        CreateConversationAttributeDatetimeRequestDict,
    )
    from .create_conversation_attribute_datetime_request_data_type import (
        CreateConversationAttributeDatetimeRequestDataType,
    )
    from .create_conversation_attribute_decimal_request import (
        CreateConversationAttributeDecimalRequest,
        CreateConversationAttributeDecimalRequestDict,
    )
    from .create_conversation_attribute_decimal_request_data_type import (
        CreateConversationAttributeDecimalRequestDataType,
    )
    from .create_conversation_attribute_files_request import (
        CreateConversationAttributeFilesRequest,
        CreateConversationAttributeFilesRequestDict,
    )
    from .create_conversation_attribute_files_request_data_type import CreateConversationAttributeFilesRequestDataType
    from .create_conversation_attribute_integer_request import (
        CreateConversationAttributeIntegerRequest,
        CreateConversationAttributeIntegerRequestDict,
    )
    from .create_conversation_attribute_integer_request_data_type import (
        CreateConversationAttributeIntegerRequestDataType,
    )
    from .create_conversation_attribute_list_request import (
        CreateConversationAttributeListRequest,
        CreateConversationAttributeListRequestDict,
    )
    from .create_conversation_attribute_list_request_data_type import CreateConversationAttributeListRequestDataType
    from .create_conversation_attribute_option_request import (
        CreateConversationAttributeOptionRequest,
        CreateConversationAttributeOptionRequestDict,
    )
    from .create_conversation_attribute_relationship_request import (
        CreateConversationAttributeRelationshipRequest,
        CreateConversationAttributeRelationshipRequestDict,
    )
    from .create_conversation_attribute_relationship_request_data_type import (
        CreateConversationAttributeRelationshipRequestDataType,
    )
    from .create_conversation_attribute_relationship_request_reference import (
        CreateConversationAttributeRelationshipRequestReference,
        CreateConversationAttributeRelationshipRequestReferenceDict,
    )
    from .create_conversation_attribute_relationship_request_reference_type import (
        CreateConversationAttributeRelationshipRequestReferenceType,
    )
    from .create_conversation_attribute_request_base import (
        CreateConversationAttributeRequestBase,
        CreateConversationAttributeRequestBaseDict,
    )
    from .create_conversation_attribute_request_base_data_type import CreateConversationAttributeRequestBaseDataType
    from .create_conversation_attribute_string_request import (
        CreateConversationAttributeStringRequest,
        CreateConversationAttributeStringRequestDict,
    )
    from .create_conversation_attribute_string_request_data_type import CreateConversationAttributeStringRequestDataType
    from .create_conversation_request import CreateConversationRequest, CreateConversationRequestDict
    from .create_conversation_request_from import CreateConversationRequestFrom, CreateConversationRequestFromDict
    from .create_conversation_request_from_type import CreateConversationRequestFromType
    from .create_data_attribute_request_list_attribute import (
        CreateDataAttributeRequestListAttribute,
        CreateDataAttributeRequestListAttributeDict,
    )
    from .create_data_attribute_request_list_attribute_data_type import CreateDataAttributeRequestListAttributeDataType
    from .create_data_attribute_request_list_attribute_model import CreateDataAttributeRequestListAttributeModel
    from .create_data_attribute_request_list_attribute_options_item import (
        CreateDataAttributeRequestListAttributeOptionsItem,
        CreateDataAttributeRequestListAttributeOptionsItemDict,
    )
    from .create_data_attribute_request_other_type import (
        CreateDataAttributeRequestOtherType,
        CreateDataAttributeRequestOtherTypeDict,
    )
    from .create_data_attribute_request_other_type_data_type import CreateDataAttributeRequestOtherTypeDataType
    from .create_data_attribute_request_other_type_model import CreateDataAttributeRequestOtherTypeModel
    from .create_data_connector_request import CreateDataConnectorRequest, CreateDataConnectorRequestDict
    from .create_data_connector_request_audiences_item import CreateDataConnectorRequestAudiencesItem
    from .create_data_connector_request_data_inputs_item import (
        CreateDataConnectorRequestDataInputsItem,
        CreateDataConnectorRequestDataInputsItemDict,
    )
    from .create_data_connector_request_data_inputs_item_type import CreateDataConnectorRequestDataInputsItemType
    from .create_data_connector_request_headers_item import (
        CreateDataConnectorRequestHeadersItem,
        CreateDataConnectorRequestHeadersItemDict,
    )
    from .create_data_connector_request_http_method import CreateDataConnectorRequestHttpMethod
    from .create_data_connector_request_mock_response import (
        CreateDataConnectorRequestMockResponse,
        CreateDataConnectorRequestMockResponseDict,
    )
    from .create_data_event_request import CreateDataEventRequest, CreateDataEventRequestDict
    from .create_data_event_request_metadata import CreateDataEventRequestMetadata, CreateDataEventRequestMetadataDict
    from .create_data_event_summaries_request import (
        CreateDataEventSummariesRequest,
        CreateDataEventSummariesRequestDict,
    )
    from .create_data_event_summaries_request_event_summaries import (
        CreateDataEventSummariesRequestEventSummaries,
        CreateDataEventSummariesRequestEventSummariesDict,
    )
    from .create_data_exports_request import CreateDataExportsRequest, CreateDataExportsRequestDict
    from .create_external_page_request import CreateExternalPageRequest, CreateExternalPageRequestDict
    from .create_external_page_request_locale import CreateExternalPageRequestLocale
    from .create_folder_body import CreateFolderBody, CreateFolderBodyDict
    from .create_folder_body_folder import CreateFolderBodyFolder, CreateFolderBodyFolderDict
    from .create_help_center_redirect_request import (
        CreateHelpCenterRedirectRequest,
        CreateHelpCenterRedirectRequestDict,
    )
    from .create_help_center_redirect_request_target_type import CreateHelpCenterRedirectRequestTargetType
    from .create_identity_verification_secret_request import (
        CreateIdentityVerificationSecretRequest,
        CreateIdentityVerificationSecretRequestDict,
    )
    from .create_internal_article_request import CreateInternalArticleRequest, CreateInternalArticleRequestDict
    from .create_message_request import CreateMessageRequest, CreateMessageRequestDict
    from .create_message_request_from import CreateMessageRequestFrom, CreateMessageRequestFromDict
    from .create_message_request_from_type import CreateMessageRequestFromType
    from .create_message_request_message_type import CreateMessageRequestMessageType
    from .create_note_body import CreateNoteBody, CreateNoteBodyDict
    from .create_office_hours_exception_request import (
        CreateOfficeHoursExceptionRequest,
        CreateOfficeHoursExceptionRequestDict,
    )
    from .create_office_hours_exception_request_exception_type import CreateOfficeHoursExceptionRequestExceptionType
    from .create_office_hours_schedule_request import (
        CreateOfficeHoursScheduleRequest,
        CreateOfficeHoursScheduleRequestDict,
    )
    from .create_or_update_company_request import CreateOrUpdateCompanyRequest, CreateOrUpdateCompanyRequestDict
    from .create_or_update_company_request_custom_attributes import (
        CreateOrUpdateCompanyRequestCustomAttributes,
        CreateOrUpdateCompanyRequestCustomAttributesDict,
    )
    from .create_or_update_custom_object_instance_request import (
        CreateOrUpdateCustomObjectInstanceRequest,
        CreateOrUpdateCustomObjectInstanceRequestDict,
    )
    from .create_or_update_custom_object_instance_request_custom_attributes import (
        CreateOrUpdateCustomObjectInstanceRequestCustomAttributes,
        CreateOrUpdateCustomObjectInstanceRequestCustomAttributesDict,
    )
    from .create_or_update_tag_request import CreateOrUpdateTagRequest, CreateOrUpdateTagRequestDict
    from .create_phone_switch_bad_request import CreatePhoneSwitchBadRequest, CreatePhoneSwitchBadRequestDict
    from .create_phone_switch_request import CreatePhoneSwitchRequest, CreatePhoneSwitchRequestDict
    from .create_phone_switch_unprocessable_entity import (
        CreatePhoneSwitchUnprocessableEntity,
        CreatePhoneSwitchUnprocessableEntityDict,
    )
    from .create_ticket_body import CreateTicketBody, CreateTicketBodyDict
    from .create_ticket_request import CreateTicketRequest, CreateTicketRequestDict
    from .create_ticket_request_assignment import CreateTicketRequestAssignment, CreateTicketRequestAssignmentDict
    from .create_ticket_request_contact_with_email import (
        CreateTicketRequestContactWithEmail,
        CreateTicketRequestContactWithEmailDict,
    )
    from .create_ticket_request_contact_with_external_id import (
        CreateTicketRequestContactWithExternalId,
        CreateTicketRequestContactWithExternalIdDict,
    )
    from .create_ticket_request_contact_with_id import (
        CreateTicketRequestContactWithId,
        CreateTicketRequestContactWithIdDict,
    )
    from .create_ticket_type_attribute_request import (
        CreateTicketTypeAttributeRequest,
        CreateTicketTypeAttributeRequestDict,
    )
    from .create_ticket_type_attribute_request_data_type import CreateTicketTypeAttributeRequestDataType
    from .create_ticket_type_request import CreateTicketTypeRequest, CreateTicketTypeRequestDict
    from .create_ticket_type_request_category import CreateTicketTypeRequestCategory
    from .cursor_pages import CursorPages
    from .cursor_pages_type import CursorPagesType
    from .custom_action_finished import CustomActionFinished
    from .custom_action_finished_action import CustomActionFinishedAction
    from .custom_action_finished_action_result import CustomActionFinishedActionResult
    from .custom_action_started import CustomActionStarted
    from .custom_action_started_action import CustomActionStartedAction
    from .custom_attributes import CustomAttributes, CustomAttributesDict
    from .custom_object_instance import CustomObjectInstance, CustomObjectInstanceDict
    from .custom_object_instance_custom_attributes import (
        CustomObjectInstanceCustomAttributes,
        CustomObjectInstanceCustomAttributesDict,
    )
    from .custom_object_instance_deleted import CustomObjectInstanceDeleted
    from .custom_object_instance_list import CustomObjectInstanceList, CustomObjectInstanceListDict
    from .custom_object_instances_paginated_list import CustomObjectInstancesPaginatedList
    from .custom_object_instances_paginated_list_type import CustomObjectInstancesPaginatedListType
    from .customer_request_email import CustomerRequestEmail, CustomerRequestEmailDict
    from .customer_request_intercom_user_id import CustomerRequestIntercomUserId, CustomerRequestIntercomUserIdDict
    from .customer_request_user_id import CustomerRequestUserId, CustomerRequestUserIdDict
    from .data_attribute import DataAttribute
    from .data_attribute_data_type import DataAttributeDataType
    from .data_attribute_list import DataAttributeList
    from .data_attribute_list_type import DataAttributeListType
    from .data_attribute_model import DataAttributeModel
    from .data_attribute_type import DataAttributeType
    from .data_connector import DataConnector
    from .data_connector_detail import DataConnectorDetail
    from .data_connector_detail_audiences_item import DataConnectorDetailAudiencesItem
    from .data_connector_detail_configuration_response_type import DataConnectorDetailConfigurationResponseType
    from .data_connector_detail_data_inputs_item import DataConnectorDetailDataInputsItem
    from .data_connector_detail_data_inputs_item_type import DataConnectorDetailDataInputsItemType
    from .data_connector_detail_data_transformation_type import DataConnectorDetailDataTransformationType
    from .data_connector_detail_execution_type import DataConnectorDetailExecutionType
    from .data_connector_detail_headers_item import DataConnectorDetailHeadersItem
    from .data_connector_detail_http_method import DataConnectorDetailHttpMethod
    from .data_connector_detail_object_mappings_item import DataConnectorDetailObjectMappingsItem
    from .data_connector_detail_object_mappings_item_attribute_mappings_item import (
        DataConnectorDetailObjectMappingsItemAttributeMappingsItem,
    )
    from .data_connector_detail_object_mappings_item_attribute_mappings_item_mapping_type import (
        DataConnectorDetailObjectMappingsItemAttributeMappingsItemMappingType,
    )
    from .data_connector_detail_object_mappings_item_intercom_object_type import (
        DataConnectorDetailObjectMappingsItemIntercomObjectType,
    )
    from .data_connector_detail_object_mappings_item_reference_mappings_item import (
        DataConnectorDetailObjectMappingsItemReferenceMappingsItem,
    )
    from .data_connector_detail_object_mappings_item_reference_mappings_item_intercom_object_type import (
        DataConnectorDetailObjectMappingsItemReferenceMappingsItemIntercomObjectType,
    )
    from .data_connector_detail_response_fields_item import DataConnectorDetailResponseFieldsItem
    from .data_connector_detail_response_fields_item_type import DataConnectorDetailResponseFieldsItemType
    from .data_connector_detail_state import DataConnectorDetailState
    from .data_connector_detail_type import DataConnectorDetailType
    from .data_connector_execution_result import DataConnectorExecutionResult
    from .data_connector_execution_result_error_type import DataConnectorExecutionResultErrorType
    from .data_connector_execution_result_http_method import DataConnectorExecutionResultHttpMethod
    from .data_connector_execution_result_list import DataConnectorExecutionResultList
    from .data_connector_execution_result_list_pages import DataConnectorExecutionResultListPages
    from .data_connector_execution_result_list_pages_type import DataConnectorExecutionResultListPagesType
    from .data_connector_execution_result_list_type import DataConnectorExecutionResultListType
    from .data_connector_execution_result_source_type import DataConnectorExecutionResultSourceType
    from .data_connector_execution_result_type import DataConnectorExecutionResultType
    from .data_connector_http_method import DataConnectorHttpMethod
    from .data_connector_list import DataConnectorList
    from .data_connector_list_pages import DataConnectorListPages
    from .data_connector_list_pages_type import DataConnectorListPagesType
    from .data_connector_list_type import DataConnectorListType
    from .data_connector_state import DataConnectorState
    from .data_connector_type import DataConnectorType
    from .data_event import DataEvent, DataEventDict
    from .data_event_list import DataEventList, DataEventListDict
    from .data_event_list_pages import DataEventListPages, DataEventListPagesDict
    from .data_event_list_type import DataEventListType
    from .data_event_metadata import DataEventMetadata, DataEventMetadataDict
    from .data_event_summary import DataEventSummary
    from .data_event_summary_item import DataEventSummaryItem
    from .data_event_summary_type import DataEventSummaryType
    from .data_event_type import DataEventType
    from .data_export import DataExport
    from .data_export_csv import DataExportCsv, DataExportCsvDict
    from .data_export_status import DataExportStatus
    from .deleted_article_object import DeletedArticleObject
    from .deleted_article_object_object import DeletedArticleObjectObject
    from .deleted_collection_object import DeletedCollectionObject
    from .deleted_collection_object_object import DeletedCollectionObjectObject
    from .deleted_company_object import DeletedCompanyObject
    from .deleted_company_object_object import DeletedCompanyObjectObject
    from .deleted_conversation_item import DeletedConversationItem
    from .deleted_conversation_list import DeletedConversationList
    from .deleted_data_connector_object import DeletedDataConnectorObject
    from .deleted_data_connector_object_object import DeletedDataConnectorObjectObject
    from .deleted_folder_object import DeletedFolderObject
    from .deleted_folder_object_object import DeletedFolderObjectObject
    from .deleted_help_center_redirect_object import DeletedHelpCenterRedirectObject
    from .deleted_help_center_redirect_object_object import DeletedHelpCenterRedirectObjectObject
    from .deleted_internal_article_object import DeletedInternalArticleObject
    from .deleted_internal_article_object_object import DeletedInternalArticleObjectObject
    from .deleted_object import DeletedObject
    from .deleted_object_object import DeletedObjectObject
    from .detach_contact_from_conversation_request import (
        DetachContactFromConversationRequest,
        DetachContactFromConversationRequestDict,
    )
    from .detach_tag_from_conversation_body import DetachTagFromConversationBody, DetachTagFromConversationBodyDict
    from .detach_tag_from_ticket_body import DetachTagFromTicketBody, DetachTagFromTicketBodyDict
    from .ecommerce_catalog_product import EcommerceCatalogProduct, EcommerceCatalogProductDict
    from .ecommerce_catalog_product_additional_data import (
        EcommerceCatalogProductAdditionalData,
        EcommerceCatalogProductAdditionalDataDict,
    )
    from .ecommerce_catalog_product_available_options_item import (
        EcommerceCatalogProductAvailableOptionsItem,
        EcommerceCatalogProductAvailableOptionsItemDict,
    )
    from .ecommerce_catalog_product_collection_with_title import (
        EcommerceCatalogProductCollectionWithTitle,
        EcommerceCatalogProductCollectionWithTitleDict,
    )
    from .ecommerce_catalog_upload_part_response import EcommerceCatalogUploadPartResponse
    from .ecommerce_catalog_upload_response import EcommerceCatalogUploadResponse
    from .ecommerce_catalog_upload_response_status import EcommerceCatalogUploadResponseStatus
    from .ecommerce_catalog_variant import EcommerceCatalogVariant, EcommerceCatalogVariantDict
    from .ecommerce_catalog_variant_selected_options_item import (
        EcommerceCatalogVariantSelectedOptionsItem,
        EcommerceCatalogVariantSelectedOptionsItemDict,
    )
    from .email_address_header import EmailAddressHeader
    from .email_list import EmailList
    from .email_message_metadata import EmailMessageMetadata
    from .email_setting import EmailSetting
    from .enqueue_create_ticket_body import EnqueueCreateTicketBody, EnqueueCreateTicketBodyDict
    from .error import Error, ErrorDict
    from .error_errors_item import ErrorErrorsItem, ErrorErrorsItemDict
    from .escalate_fin_conversation_body import EscalateFinConversationBody, EscalateFinConversationBodyDict
    from .escalate_fin_conversation_body_user import (
        EscalateFinConversationBodyUser,
        EscalateFinConversationBodyUserDict,
    )
    from .escalate_fin_conversation_result import EscalateFinConversationResult
    from .escalate_fin_conversation_result_status import EscalateFinConversationResultStatus
    from .external_page import ExternalPage
    from .external_page_locale import ExternalPageLocale
    from .external_page_type import ExternalPageType
    from .external_pages_list import ExternalPagesList
    from .external_pages_list_type import ExternalPagesListType
    from .file_attribute import FileAttribute
    from .fin_agent_attachment import FinAgentAttachment, FinAgentAttachmentDict
    from .fin_agent_attachment_type import FinAgentAttachmentType
    from .fin_agent_attribute_errors import FinAgentAttributeErrors
    from .fin_agent_attribute_errors_conversation import FinAgentAttributeErrorsConversation
    from .fin_agent_attribute_errors_conversation_attributes import FinAgentAttributeErrorsConversationAttributes
    from .fin_agent_attribute_errors_user import FinAgentAttributeErrorsUser
    from .fin_agent_attribute_errors_user_attributes import FinAgentAttributeErrorsUserAttributes
    from .fin_agent_conversation_metadata import FinAgentConversationMetadata, FinAgentConversationMetadataDict
    from .fin_agent_conversation_metadata_attributes import (
        FinAgentConversationMetadataAttributes,
        FinAgentConversationMetadataAttributesDict,
    )
    from .fin_agent_csat_requested_event import FinAgentCsatRequestedEvent, FinAgentCsatRequestedEventDict
    from .fin_agent_csat_requested_event_csat import FinAgentCsatRequestedEventCsat, FinAgentCsatRequestedEventCsatDict
    from .fin_agent_csat_requested_event_csat_options_item import (
        FinAgentCsatRequestedEventCsatOptionsItem,
        FinAgentCsatRequestedEventCsatOptionsItemDict,
    )
    from .fin_agent_csat_requested_event_csat_options_item_key import FinAgentCsatRequestedEventCsatOptionsItemKey
    from .fin_agent_csat_requested_event_event_name import FinAgentCsatRequestedEventEventName
    from .fin_agent_message import FinAgentMessage, FinAgentMessageDict
    from .fin_agent_message_author import FinAgentMessageAuthor
    from .fin_agent_replied_event import FinAgentRepliedEvent, FinAgentRepliedEventDict
    from .fin_agent_replied_event_event_name import FinAgentRepliedEventEventName
    from .fin_agent_replied_event_message import FinAgentRepliedEventMessage, FinAgentRepliedEventMessageDict
    from .fin_agent_replied_event_message_author import FinAgentRepliedEventMessageAuthor
    from .fin_agent_replied_event_status import FinAgentRepliedEventStatus
    from .fin_agent_reply_chunk_event import FinAgentReplyChunkEvent, FinAgentReplyChunkEventDict
    from .fin_agent_reply_chunk_event_event_name import FinAgentReplyChunkEventEventName
    from .fin_agent_reply_chunk_event_status import FinAgentReplyChunkEventStatus
    from .fin_agent_settings import FinAgentSettings, FinAgentSettingsDict
    from .fin_agent_status_updated_event import FinAgentStatusUpdatedEvent, FinAgentStatusUpdatedEventDict
    from .fin_agent_status_updated_event_event_name import FinAgentStatusUpdatedEventEventName
    from .fin_agent_status_updated_event_status import FinAgentStatusUpdatedEventStatus
    from .fin_agent_user import FinAgentUser, FinAgentUserDict
    from .fin_agent_user_attributes import FinAgentUserAttributes, FinAgentUserAttributesDict
    from .fin_capabilities import FinCapabilities
    from .fin_capability import FinCapability
    from .folder import Folder
    from .folder_list import FolderList
    from .folder_list_type import FolderListType
    from .get_download_reporting_data_job_identifier_accept import GetDownloadReportingDataJobIdentifierAccept
    from .group_content import GroupContent, GroupContentDict
    from .group_content_type import GroupContentType
    from .group_translated_content import GroupTranslatedContent, GroupTranslatedContentDict
    from .group_translated_content_type import GroupTranslatedContentType
    from .handling_event import HandlingEvent
    from .handling_event_list import HandlingEventList
    from .handling_event_type import HandlingEventType
    from .help_center import HelpCenter
    from .help_center_list import HelpCenterList
    from .help_center_list_type import HelpCenterListType
    from .help_center_redirect import HelpCenterRedirect
    from .help_center_redirect_list import HelpCenterRedirectList
    from .help_center_redirect_list_type import HelpCenterRedirectListType
    from .help_center_redirect_target_type import HelpCenterRedirectTargetType
    from .help_center_redirect_type import HelpCenterRedirectType
    from .identity_verification_secret import IdentityVerificationSecret
    from .identity_verification_secret_list import IdentityVerificationSecretList
    from .identity_verification_secret_list_type import IdentityVerificationSecretListType
    from .identity_verification_secret_with_material import IdentityVerificationSecretWithMaterial
    from .intercom_version import IntercomVersion
    from .internal_article_list import InternalArticleList
    from .internal_article_list_item import InternalArticleListItem
    from .internal_article_list_item_type import InternalArticleListItemType
    from .internal_article_list_type import InternalArticleListType
    from .internal_article_search_response import InternalArticleSearchResponse
    from .internal_article_search_response_data import InternalArticleSearchResponseData
    from .internal_article_search_response_type import InternalArticleSearchResponseType
    from .jobs import Jobs
    from .jobs_status import JobsStatus
    from .jobs_type import JobsType
    from .link_conversation_to_ticket_body import LinkConversationToTicketBody, LinkConversationToTicketBodyDict
    from .linked_object import LinkedObject
    from .linked_object_category import LinkedObjectCategory
    from .linked_object_list import LinkedObjectList
    from .linked_object_list_type import LinkedObjectListType
    from .linked_object_type import LinkedObjectType
    from .list_calls_with_transcripts_body import ListCallsWithTranscriptsBody, ListCallsWithTranscriptsBodyDict
    from .list_contact_merge_history_order import ListContactMergeHistoryOrder
    from .list_data_attributes_model import ListDataAttributesModel
    from .list_data_connector_execution_results_error_type import ListDataConnectorExecutionResultsErrorType
    from .list_data_connector_execution_results_include_bodies import ListDataConnectorExecutionResultsIncludeBodies
    from .list_data_connector_execution_results_success import ListDataConnectorExecutionResultsSuccess
    from .list_fin_capabilities_body import ListFinCapabilitiesBody, ListFinCapabilitiesBodyDict
    from .list_fin_capabilities_body_user import ListFinCapabilitiesBodyUser, ListFinCapabilitiesBodyUserDict
    from .macro import Macro
    from .macro_available_on_item import MacroAvailableOnItem
    from .macro_list import MacroList
    from .macro_list_pages import MacroListPages
    from .macro_list_pages_type import MacroListPagesType
    from .macro_list_type import MacroListType
    from .macro_type import MacroType
    from .macro_visible_to import MacroVisibleTo
    from .merge_contacts_request import MergeContactsRequest, MergeContactsRequestDict
    from .merge_conversations_request import MergeConversationsRequest, MergeConversationsRequestDict
    from .merge_history_item import MergeHistoryItem
    from .merge_history_item_source_contact_role import MergeHistoryItemSourceContactRole
    from .merge_history_list import MergeHistoryList
    from .merge_history_list_type import MergeHistoryListType
    from .merge_preview_allowed import MergePreviewAllowed
    from .merge_preview_attribute_change import MergePreviewAttributeChange
    from .merge_preview_attribute_change_outcome import MergePreviewAttributeChangeOutcome
    from .merge_preview_attribute_changes import MergePreviewAttributeChanges
    from .merge_preview_blocked import MergePreviewBlocked
    from .merge_preview_reason import MergePreviewReason
    from .merge_preview_reason_code import MergePreviewReasonCode
    from .merge_preview_reassignments import MergePreviewReassignments
    from .merge_preview_reassignments_conversations import MergePreviewReassignmentsConversations
    from .merge_preview_reassignments_notes import MergePreviewReassignmentsNotes
    from .merge_preview_reassignments_phone_calls import MergePreviewReassignmentsPhoneCalls
    from .merge_preview_reassignments_tags import MergePreviewReassignmentsTags
    from .merge_preview_reassignments_tickets import MergePreviewReassignmentsTickets
    from .merge_preview_request import MergePreviewRequest, MergePreviewRequestDict
    from .merge_preview_summary import MergePreviewSummary
    from .message import Message
    from .message_message_type import MessageMessageType
    from .metadata import Metadata
    from .multiple_filter_search_request import MultipleFilterSearchRequest, MultipleFilterSearchRequestDict
    from .multiple_filter_search_request_operator import MultipleFilterSearchRequestOperator
    from .news_item import NewsItem
    from .news_item_request import NewsItemRequest, NewsItemRequestDict
    from .news_item_request_state import NewsItemRequestState
    from .news_item_state import NewsItemState
    from .news_item_type import NewsItemType
    from .newsfeed import Newsfeed
    from .newsfeed_assignment import NewsfeedAssignment, NewsfeedAssignmentDict
    from .newsfeed_type import NewsfeedType
    from .next_page_cursor import NextPageCursor
    from .note import Note
    from .note_company import NoteCompany
    from .note_contact import NoteContact
    from .note_list import NoteList
    from .office_hours_deleted import OfficeHoursDeleted
    from .office_hours_exception import OfficeHoursException
    from .office_hours_exception_exception_type import OfficeHoursExceptionExceptionType
    from .office_hours_exception_list import OfficeHoursExceptionList
    from .office_hours_schedule import OfficeHoursSchedule
    from .office_hours_schedule_list import OfficeHoursScheduleList
    from .office_hours_time_interval import OfficeHoursTimeInterval, OfficeHoursTimeIntervalDict
    from .open_conversation_request import OpenConversationRequest, OpenConversationRequestDict
    from .open_conversation_request_message_type import OpenConversationRequestMessageType
    from .operator_workflow_event import OperatorWorkflowEvent
    from .operator_workflow_event_event import OperatorWorkflowEventEvent
    from .operator_workflow_event_workflow import OperatorWorkflowEventWorkflow
    from .pages_link import PagesLink
    from .pages_link_type import PagesLinkType
    from .pages_link_with_prev import PagesLinkWithPrev
    from .paginated_response import PaginatedResponse
    from .paginated_response_type import PaginatedResponseType
    from .part_attachment import PartAttachment
    from .phone_switch import PhoneSwitch
    from .phone_switch_type import PhoneSwitchType
    from .post_export_reporting_data_enqueue_body import (
        PostExportReportingDataEnqueueBody,
        PostExportReportingDataEnqueueBodyDict,
    )
    from .predicate import Predicate, PredicateDict
    from .priority_changed import PriorityChanged
    from .priority_changed_current_priority import PriorityChangedCurrentPriority
    from .priority_changed_previous_priority import PriorityChangedPreviousPriority
    from .publish_article_draft_request import PublishArticleDraftRequest, PublishArticleDraftRequestDict
    from .quick_reply_option import QuickReplyOption, QuickReplyOptionDict
    from .quick_reply_option_with_translations import QuickReplyOptionWithTranslations
    from .quick_reply_option_with_translations_translations import QuickReplyOptionWithTranslationsTranslations
    from .recipient import Recipient, RecipientDict
    from .recipient_type import RecipientType
    from .redact_conversation_request_redact_conversation_part_request import (
        RedactConversationRequestRedactConversationPartRequest,
        RedactConversationRequestRedactConversationPartRequestDict,
    )
    from .redact_conversation_request_redact_conversation_part_request_type import (
        RedactConversationRequestRedactConversationPartRequestType,
    )
    from .redact_conversation_request_redact_conversation_source_request import (
        RedactConversationRequestRedactConversationSourceRequest,
        RedactConversationRequestRedactConversationSourceRequestDict,
    )
    from .redact_conversation_request_redact_conversation_source_request_type import (
        RedactConversationRequestRedactConversationSourceRequestType,
    )
    from .reference import Reference
    from .register_fin_voice_call_request import RegisterFinVoiceCallRequest, RegisterFinVoiceCallRequestDict
    from .register_fin_voice_call_request_data import (
        RegisterFinVoiceCallRequestData,
        RegisterFinVoiceCallRequestDataDict,
    )
    from .register_fin_voice_call_request_source import RegisterFinVoiceCallRequestSource
    from .reply_ticket_request_admin_reply_ticket_request import (
        ReplyTicketRequestAdminReplyTicketRequest,
        ReplyTicketRequestAdminReplyTicketRequestDict,
    )
    from .reply_ticket_request_contact_reply_ticket_email_request import (
        ReplyTicketRequestContactReplyTicketEmailRequest,
        ReplyTicketRequestContactReplyTicketEmailRequestDict,
    )
    from .reply_ticket_request_contact_reply_ticket_intercom_user_id_request import (
        ReplyTicketRequestContactReplyTicketIntercomUserIdRequest,
        ReplyTicketRequestContactReplyTicketIntercomUserIdRequestDict,
    )
    from .reply_ticket_request_contact_reply_ticket_user_id_request import (
        ReplyTicketRequestContactReplyTicketUserIdRequest,
        ReplyTicketRequestContactReplyTicketUserIdRequestDict,
    )
    from .reply_to_fin_body import ReplyToFinBody, ReplyToFinBodyDict
    from .reply_to_fin_result import ReplyToFinResult
    from .reply_to_fin_result_status import ReplyToFinResultStatus
    from .reply_translations import ReplyTranslations
    from .reporting_data_export_job import ReportingDataExportJob
    from .reporting_dataset import ReportingDataset
    from .reporting_dataset_attribute import ReportingDatasetAttribute
    from .reporting_dataset_list import ReportingDatasetList
    from .retrieve_data_connector_state_version import RetrieveDataConnectorStateVersion
    from .run_fin_procedure_body import RunFinProcedureBody, RunFinProcedureBodyDict
    from .run_fin_procedure_body_conversation_metadata import (
        RunFinProcedureBodyConversationMetadata,
        RunFinProcedureBodyConversationMetadataDict,
    )
    from .run_fin_procedure_body_conversation_metadata_attributes import (
        RunFinProcedureBodyConversationMetadataAttributes,
        RunFinProcedureBodyConversationMetadataAttributesDict,
    )
    from .run_fin_procedure_body_settings import RunFinProcedureBodySettings, RunFinProcedureBodySettingsDict
    from .run_fin_procedure_result import RunFinProcedureResult
    from .run_fin_procedure_result_status import RunFinProcedureResultStatus
    from .sales_agent import SalesAgent
    from .sales_agent_collected_data import SalesAgentCollectedData
    from .sales_agent_outcome import SalesAgentOutcome
    from .search_activity_logs_body import SearchActivityLogsBody, SearchActivityLogsBodyDict
    from .search_content_content_types_item import SearchContentContentTypesItem
    from .search_content_copilot_state import SearchContentCopilotState
    from .search_content_fin_sales_state import SearchContentFinSalesState
    from .search_content_fin_service_state import SearchContentFinServiceState
    from .search_content_folder_entity_type import SearchContentFolderEntityType
    from .search_content_states_item import SearchContentStatesItem
    from .search_content_tag_operator import SearchContentTagOperator
    from .search_request import SearchRequest, SearchRequestDict
    from .segment import Segment
    from .segment_list import SegmentList
    from .segment_list_pages import SegmentListPages
    from .segment_list_type import SegmentListType
    from .segment_person_type import SegmentPersonType
    from .segment_type import SegmentType
    from .set_away_admin_body import SetAwayAdminBody, SetAwayAdminBodyDict
    from .side_conversation_list import SideConversationList
    from .side_conversation_list_pages import SideConversationListPages
    from .side_conversation_list_pages_type import SideConversationListPagesType
    from .side_conversation_list_type import SideConversationListType
    from .side_conversation_summary import SideConversationSummary
    from .single_filter_search_request import SingleFilterSearchRequest, SingleFilterSearchRequestDict
    from .single_filter_search_request_operator import SingleFilterSearchRequestOperator
    from .sla_applied import SlaApplied
    from .sla_applied_sla_status import SlaAppliedSlaStatus
    from .snooze_conversation_request import SnoozeConversationRequest, SnoozeConversationRequestDict
    from .snooze_conversation_request_message_type import SnoozeConversationRequestMessageType
    from .snoozed import Snoozed
    from .social_profile import SocialProfile
    from .source_email_message_metadata import SourceEmailMessageMetadata
    from .start_fin_conversation_body import StartFinConversationBody, StartFinConversationBodyDict
    from .start_fin_conversation_result import StartFinConversationResult
    from .start_fin_conversation_result_status import StartFinConversationResultStatus
    from .starting_after_paging import StartingAfterPaging, StartingAfterPagingDict
    from .submit_fin_csat_body import SubmitFinCsatBody, SubmitFinCsatBodyDict
    from .submit_fin_csat_body_rating import SubmitFinCsatBodyRating
    from .submit_fin_csat_result import SubmitFinCsatResult
    from .submit_fin_csat_result_rating import SubmitFinCsatResultRating
    from .submit_fin_csat_result_status import SubmitFinCsatResultStatus
    from .submit_fin_csat_unprocessable_entity import (
        SubmitFinCsatUnprocessableEntity,
        SubmitFinCsatUnprocessableEntityDict,
    )
    from .submit_fin_csat_unprocessable_entity_errors import (
        SubmitFinCsatUnprocessableEntityErrors,
        SubmitFinCsatUnprocessableEntityErrorsDict,
    )
    from .subscription_type import SubscriptionType
    from .subscription_type_consent_type import SubscriptionTypeConsentType
    from .subscription_type_content_types_item import SubscriptionTypeContentTypesItem
    from .subscription_type_list import SubscriptionTypeList
    from .subscription_type_list_type import SubscriptionTypeListType
    from .subscription_type_state import SubscriptionTypeState
    from .tag import Tag
    from .tag_basic import TagBasic
    from .tag_company_request import TagCompanyRequest, TagCompanyRequestDict
    from .tag_company_request_companies_item import TagCompanyRequestCompaniesItem, TagCompanyRequestCompaniesItemDict
    from .tag_create_response import TagCreateResponse
    from .tag_create_response_companies_item import TagCreateResponseCompaniesItem
    from .tag_create_response_users_item import TagCreateResponseUsersItem
    from .tag_list import TagList
    from .tag_list_type import TagListType
    from .tag_multiple_users_request import TagMultipleUsersRequest, TagMultipleUsersRequestDict
    from .tag_multiple_users_request_users_item import (
        TagMultipleUsersRequestUsersItem,
        TagMultipleUsersRequestUsersItemDict,
    )
    from .tags import Tags
    from .tags_type import TagsType
    from .team import Team
    from .team_list import TeamList
    from .team_list_type import TeamListType
    from .team_metric import TeamMetric
    from .team_metric_list import TeamMetricList
    from .team_priority_level import TeamPriorityLevel
    from .teammate_reference import TeammateReference
    from .teammate_reference_type import TeammateReferenceType
    from .ticket import Ticket
    from .ticket_category import TicketCategory
    from .ticket_contacts import TicketContacts
    from .ticket_contacts_type import TicketContactsType
    from .ticket_custom_attributes import TicketCustomAttributes
    from .ticket_deleted import TicketDeleted
    from .ticket_deleted_object import TicketDeletedObject
    from .ticket_list import TicketList
    from .ticket_list_type import TicketListType
    from .ticket_part import TicketPart
    from .ticket_part_author import TicketPartAuthor
    from .ticket_part_author_type import TicketPartAuthorType
    from .ticket_part_previous_ticket_state import TicketPartPreviousTicketState
    from .ticket_part_ticket_state import TicketPartTicketState
    from .ticket_part_updated_attribute_data import TicketPartUpdatedAttributeData
    from .ticket_part_updated_attribute_data_attribute import TicketPartUpdatedAttributeDataAttribute
    from .ticket_part_updated_attribute_data_attribute_type import TicketPartUpdatedAttributeDataAttributeType
    from .ticket_part_updated_attribute_data_value import TicketPartUpdatedAttributeDataValue
    from .ticket_part_updated_attribute_data_value_type import TicketPartUpdatedAttributeDataValueType
    from .ticket_parts import TicketParts
    from .ticket_parts_type import TicketPartsType
    from .ticket_reply import TicketReply
    from .ticket_reply_part_type import TicketReplyPartType
    from .ticket_reply_type import TicketReplyType
    from .ticket_request_custom_attributes import TicketRequestCustomAttributes, TicketRequestCustomAttributesDict
    from .ticket_state import TicketState
    from .ticket_state_category import TicketStateCategory
    from .ticket_state_detailed import TicketStateDetailed
    from .ticket_state_detailed_category import TicketStateDetailedCategory
    from .ticket_state_list import TicketStateList
    from .ticket_type import TicketType
    from .ticket_type_attribute import TicketTypeAttribute
    from .ticket_type_attribute_input_options import TicketTypeAttributeInputOptions
    from .ticket_type_attribute_list import TicketTypeAttributeList
    from .ticket_type_category import TicketTypeCategory
    from .ticket_type_enum import TicketTypeEnum
    from .ticket_type_list import TicketTypeList
    from .ticket_type_ticket_states import TicketTypeTicketStates
    from .translation import Translation
    from .untag_company_request import UntagCompanyRequest, UntagCompanyRequestDict
    from .untag_company_request_companies_item import (
        UntagCompanyRequestCompaniesItem,
        UntagCompanyRequestCompaniesItemDict,
    )
    from .update_article_request import UpdateArticleRequest, UpdateArticleRequestDict
    from .update_article_request_state import UpdateArticleRequestState
    from .update_audience_request import UpdateAudienceRequest, UpdateAudienceRequestDict
    from .update_collection_request import UpdateCollectionRequest, UpdateCollectionRequestDict
    from .update_contact_request import UpdateContactRequest, UpdateContactRequestDict
    from .update_contact_request_custom_attributes import (
        UpdateContactRequestCustomAttributes,
        UpdateContactRequestCustomAttributesDict,
    )
    from .update_content_import_source_request import (
        UpdateContentImportSourceRequest,
        UpdateContentImportSourceRequestDict,
    )
    from .update_content_import_source_request_status import UpdateContentImportSourceRequestStatus
    from .update_content_import_source_request_sync_behavior import UpdateContentImportSourceRequestSyncBehavior
    from .update_conversation_attribute_option_request import (
        UpdateConversationAttributeOptionRequest,
        UpdateConversationAttributeOptionRequestDict,
    )
    from .update_conversation_attribute_request import (
        UpdateConversationAttributeRequest,
        UpdateConversationAttributeRequestDict,
    )
    from .update_conversation_attribute_request_reference import (
        UpdateConversationAttributeRequestReference,
        UpdateConversationAttributeRequestReferenceDict,
    )
    from .update_conversation_attribute_request_reference_type import UpdateConversationAttributeRequestReferenceType
    from .update_conversation_part_request import UpdateConversationPartRequest, UpdateConversationPartRequestDict
    from .update_conversation_request import UpdateConversationRequest, UpdateConversationRequestDict
    from .update_conversation_request_priority import UpdateConversationRequestPriority
    from .update_data_attribute_request_list_attribute import (
        UpdateDataAttributeRequestListAttribute,
        UpdateDataAttributeRequestListAttributeDict,
    )
    from .update_data_attribute_request_list_attribute_options_item import (
        UpdateDataAttributeRequestListAttributeOptionsItem,
        UpdateDataAttributeRequestListAttributeOptionsItemDict,
    )
    from .update_data_attribute_request_other_type import (
        UpdateDataAttributeRequestOtherType,
        UpdateDataAttributeRequestOtherTypeDict,
    )
    from .update_data_connector_request import UpdateDataConnectorRequest, UpdateDataConnectorRequestDict
    from .update_data_connector_request_audiences_item import UpdateDataConnectorRequestAudiencesItem
    from .update_data_connector_request_data_inputs_item import (
        UpdateDataConnectorRequestDataInputsItem,
        UpdateDataConnectorRequestDataInputsItemDict,
    )
    from .update_data_connector_request_data_inputs_item_type import UpdateDataConnectorRequestDataInputsItemType
    from .update_data_connector_request_headers_item import (
        UpdateDataConnectorRequestHeadersItem,
        UpdateDataConnectorRequestHeadersItemDict,
    )
    from .update_data_connector_request_http_method import UpdateDataConnectorRequestHttpMethod
    from .update_data_connector_request_mock_response import (
        UpdateDataConnectorRequestMockResponse,
        UpdateDataConnectorRequestMockResponseDict,
    )
    from .update_data_connector_request_state import UpdateDataConnectorRequestState
    from .update_external_page_request import UpdateExternalPageRequest, UpdateExternalPageRequestDict
    from .update_external_page_request_locale import UpdateExternalPageRequestLocale
    from .update_folder_body import UpdateFolderBody, UpdateFolderBodyDict
    from .update_folder_body_folder import UpdateFolderBodyFolder, UpdateFolderBodyFolderDict
    from .update_internal_article_request import UpdateInternalArticleRequest, UpdateInternalArticleRequestDict
    from .update_office_hours_exception_request import (
        UpdateOfficeHoursExceptionRequest,
        UpdateOfficeHoursExceptionRequestDict,
    )
    from .update_office_hours_exception_request_exception_type import UpdateOfficeHoursExceptionRequestExceptionType
    from .update_office_hours_schedule_request import (
        UpdateOfficeHoursScheduleRequest,
        UpdateOfficeHoursScheduleRequestDict,
    )
    from .update_team_members_request import UpdateTeamMembersRequest, UpdateTeamMembersRequestDict
    from .update_ticket_body import UpdateTicketBody, UpdateTicketBodyDict
    from .update_ticket_request import UpdateTicketRequest, UpdateTicketRequestDict
    from .update_ticket_request_ticket_attributes import (
        UpdateTicketRequestTicketAttributes,
        UpdateTicketRequestTicketAttributesDict,
    )
    from .update_ticket_type_attribute_request import (
        UpdateTicketTypeAttributeRequest,
        UpdateTicketTypeAttributeRequestDict,
    )
    from .update_ticket_type_request import UpdateTicketTypeRequest, UpdateTicketTypeRequestDict
    from .update_ticket_type_request_category import UpdateTicketTypeRequestCategory
    from .update_visitor_request import UpdateVisitorRequest, UpdateVisitorRequestDict
    from .update_visitor_request_custom_attributes import (
        UpdateVisitorRequestCustomAttributes,
        UpdateVisitorRequestCustomAttributesDict,
    )
    from .upload_ecommerce_catalog_body import UploadEcommerceCatalogBody, UploadEcommerceCatalogBodyDict
    from .upload_ecommerce_catalog_body_finalize import UploadEcommerceCatalogBodyFinalize
    from .visitor import Visitor
    from .visitor_avatar import VisitorAvatar
    from .visitor_companies import VisitorCompanies
    from .visitor_companies_type import VisitorCompaniesType
    from .visitor_custom_attributes import VisitorCustomAttributes
    from .visitor_deleted_object import VisitorDeletedObject, VisitorDeletedObjectDict
    from .visitor_deleted_object_type import VisitorDeletedObjectType
    from .visitor_location_data import VisitorLocationData
    from .visitor_segments import VisitorSegments
    from .visitor_segments_type import VisitorSegmentsType
    from .visitor_social_profiles import VisitorSocialProfiles
    from .visitor_social_profiles_type import VisitorSocialProfilesType
    from .visitor_tags import VisitorTags
    from .visitor_tags_tags_item import VisitorTagsTagsItem
    from .visitor_tags_tags_item_type import VisitorTagsTagsItemType
    from .visitor_tags_type import VisitorTagsType
    from .whatsapp_message_status import WhatsappMessageStatus
    from .whatsapp_message_status_error import WhatsappMessageStatusError
    from .whatsapp_message_status_list import WhatsappMessageStatusList
    from .whatsapp_message_status_list_events_item import WhatsappMessageStatusListEventsItem
    from .whatsapp_message_status_list_events_item_status import WhatsappMessageStatusListEventsItemStatus
    from .whatsapp_message_status_list_events_item_type import WhatsappMessageStatusListEventsItemType
    from .whatsapp_message_status_list_pages import WhatsappMessageStatusListPages
    from .whatsapp_message_status_list_pages_type import WhatsappMessageStatusListPagesType
    from .whatsapp_message_status_list_type import WhatsappMessageStatusListType
    from .whatsapp_message_status_status import WhatsappMessageStatusStatus
    from .workflow_export import WorkflowExport
    from .workflow_export_workflow import WorkflowExportWorkflow
    from .workflow_export_workflow_attributes_item import WorkflowExportWorkflowAttributesItem
    from .workflow_export_workflow_embedded_rules_item import WorkflowExportWorkflowEmbeddedRulesItem
    from .workflow_export_workflow_snapshot import WorkflowExportWorkflowSnapshot
    from .workflow_export_workflow_state import WorkflowExportWorkflowState
    from .workflow_export_workflow_targeting import WorkflowExportWorkflowTargeting

_MODULE_OF: dict[str, str] = {
    "ActivityLog": ".activity_log",
    "ActivityLogActivityType": ".activity_log_activity_type",
    "ActivityLogEventTypeList": ".activity_log_event_type_list",
    "ActivityLogList": ".activity_log_list",
    "ActivityLogMetadata": ".activity_log_metadata",
    "ActivityLogMetadataChanges": ".activity_log_metadata_changes",
    "ActivityLogMetadataChangesAdditionalProperty": ".activity_log_metadata_changes_additional_property",
    "ActivityLogPerformedBy": ".activity_log_performed_by",
    "AddressableList": ".addressable_list",
    "Admin": ".admin",
    "AdminAvatar": ".admin_avatar",
    "AdminList": ".admin_list",
    "AdminPriorityLevel": ".admin_priority_level",
    "AdminPriorityLevelRequest": ".admin_priority_level_request",
    "AdminReplyConversationRequest": ".admin_reply_conversation_request",
    "AdminReplyConversationRequestMessageType": ".admin_reply_conversation_request_message_type",
    "AdminReplyConversationRequestType": ".admin_reply_conversation_request_type",
    "AdminReplyTicketRequest": ".admin_reply_ticket_request",
    "AdminReplyTicketRequestMessageType": ".admin_reply_ticket_request_message_type",
    "AdminReplyTicketRequestReplyOptionsItem": ".admin_reply_ticket_request_reply_options_item",
    "AdminReplyTicketRequestType": ".admin_reply_ticket_request_type",
    "AdminRole": ".admin_role",
    "AdminWithApp": ".admin_with_app",
    "AdminWithAppAvatar": ".admin_with_app_avatar",
    "AdminWithAppRole": ".admin_with_app_role",
    "AiAgent": ".ai_agent",
    "AiAgentLastAnswerType": ".ai_agent_last_answer_type",
    "AiAgentResolutionState": ".ai_agent_resolution_state",
    "AiAgentSourceType": ".ai_agent_source_type",
    "AiCallResponse": ".ai_call_response",
    "AiCallResponseCallTranscriptItem": ".ai_call_response_call_transcript_item",
    "AiCallResponseIntentItem": ".ai_call_response_intent_item",
    "AiSubtopic": ".ai_subtopic",
    "AiTopic": ".ai_topic",
    "AiTopics": ".ai_topics",
    "App": ".app",
    "Article": ".article",
    "ArticleContent": ".article_content",
    "ArticleContentState": ".article_content_state",
    "ArticleContentType": ".article_content_type",
    "ArticleList": ".article_list",
    "ArticleListItem": ".article_list_item",
    "ArticleListItemHelpCenterAudience": ".article_list_item_help_center_audience",
    "ArticleListItemState": ".article_list_item_state",
    "ArticleListItemType": ".article_list_item_type",
    "ArticleListType": ".article_list_type",
    "ArticleSearchHighlights": ".article_search_highlights",
    "ArticleSearchHighlightsHighlightedSummaryItemItem": ".article_search_highlights_highlighted_summary_item_item",
    "ArticleSearchHighlightsHighlightedSummaryItemItemType": ".article_search_highlights_highlighted_summary_item_item_type",
    "ArticleSearchHighlightsHighlightedTitleItem": ".article_search_highlights_highlighted_title_item",
    "ArticleSearchHighlightsHighlightedTitleItemType": ".article_search_highlights_highlighted_title_item_type",
    "ArticleSearchResponse": ".article_search_response",
    "ArticleSearchResponseData": ".article_search_response_data",
    "ArticleSearchResponseType": ".article_search_response_type",
    "ArticleStatistics": ".article_statistics",
    "ArticleStatisticsType": ".article_statistics_type",
    "ArticleTranslatedContent": ".article_translated_content",
    "ArticleTranslatedContentType": ".article_translated_content_type",
    "ArticleVersion": ".article_version",
    "ArticleVersionList": ".article_version_list",
    "ArticleVersionListType": ".article_version_list_type",
    "ArticleVersionState": ".article_version_state",
    "ArticleVersionSummary": ".article_version_summary",
    "ArticleVersionSummaryState": ".article_version_summary_state",
    "ArticleVersionSummaryType": ".article_version_summary_type",
    "ArticleVersionType": ".article_version_type",
    "AskFinBody": ".ask_fin_body",
    "AskFinResult": ".ask_fin_result",
    "AskFinResultStatus": ".ask_fin_result_status",
    "AssignConversationRequest": ".assign_conversation_request",
    "AssignConversationRequestMessageType": ".assign_conversation_request_message_type",
    "AssignConversationRequestType": ".assign_conversation_request_type",
    "AttachContactToACompanyBody": ".attach_contact_to_a_company_body",
    "AttachContactToConversationRequest": ".attach_contact_to_conversation_request",
    "AttachContactToConversationRequestCustomerWithEmail": ".attach_contact_to_conversation_request_customer_with_email",
    "AttachContactToConversationRequestCustomerWithIntercomUserId": ".attach_contact_to_conversation_request_customer_with_intercom_user_id",
    "AttachContactToConversationRequestCustomerWithUserId": ".attach_contact_to_conversation_request_customer_with_user_id",
    "AttachSubscriptionTypeToContactBody": ".attach_subscription_type_to_contact_body",
    "AttachTagToArticleBody": ".attach_tag_to_article_body",
    "AttachTagToContactBody": ".attach_tag_to_contact_body",
    "AttachTagToContentSnippetBody": ".attach_tag_to_content_snippet_body",
    "AttachTagToConversationBody": ".attach_tag_to_conversation_body",
    "AttachTagToInternalArticleBody": ".attach_tag_to_internal_article_body",
    "AttachTagToTicketBody": ".attach_tag_to_ticket_body",
    "Audience": ".audience",
    "AudienceList": ".audience_list",
    "AudienceListType": ".audience_list_type",
    "AudienceType": ".audience_type",
    "AwayStatusReason": ".away_status_reason",
    "AwayStatusReasonList": ".away_status_reason_list",
    "AwayStatusReasonListType": ".away_status_reason_list_type",
    "Banner": ".banner",
    "BannerAction": ".banner_action",
    "BannerActionReactionSetItem": ".banner_action_reaction_set_item",
    "BannerClientTargetingItem": ".banner_client_targeting_item",
    "BannerDismiss": ".banner_dismiss",
    "BannerList": ".banner_list",
    "Brand": ".brand",
    "BrandList": ".brand_list",
    "BulkCreateCompaniesRequest": ".bulk_create_companies_request",
    "BulkCreateCompaniesRequestCompaniesItem": ".bulk_create_companies_request_companies_item",
    "BulkCreateCompaniesRequestCompaniesItemCustomAttributes": ".bulk_create_companies_request_companies_item_custom_attributes",
    "BulkCreateCompaniesRequestJob": ".bulk_create_companies_request_job",
    "BulkCreateContactsRequest": ".bulk_create_contacts_request",
    "BulkCreateContactsRequestContactsItem": ".bulk_create_contacts_request_contacts_item",
    "BulkCreateContactsRequestContactsItemCompaniesItem": ".bulk_create_contacts_request_contacts_item_companies_item",
    "BulkCreateContactsRequestContactsItemCustomAttributes": ".bulk_create_contacts_request_contacts_item_custom_attributes",
    "BulkCreateContactsRequestContactsItemTags": ".bulk_create_contacts_request_contacts_item_tags",
    "BulkCreateContactsRequestContactsItemTagsAddItem": ".bulk_create_contacts_request_contacts_item_tags_add_item",
    "BulkCreateContactsRequestJob": ".bulk_create_contacts_request_job",
    "BulkDeleteCompaniesRequest": ".bulk_delete_companies_request",
    "BulkDeleteCompaniesRequestCompaniesItem": ".bulk_delete_companies_request_companies_item",
    "BulkDeleteCompaniesRequestJob": ".bulk_delete_companies_request_job",
    "BulkDeleteContactsRequest": ".bulk_delete_contacts_request",
    "BulkDeleteContactsRequestContactsItem": ".bulk_delete_contacts_request_contacts_item",
    "BulkDeleteContactsRequestJob": ".bulk_delete_contacts_request_job",
    "BulkUpdateCompaniesRequest": ".bulk_update_companies_request",
    "BulkUpdateCompaniesRequestCompaniesItem": ".bulk_update_companies_request_companies_item",
    "BulkUpdateCompaniesRequestCompaniesItemCustomAttributes": ".bulk_update_companies_request_companies_item_custom_attributes",
    "BulkUpdateCompaniesRequestJob": ".bulk_update_companies_request_job",
    "BulkUpdateContactsRequest": ".bulk_update_contacts_request",
    "BulkUpdateContactsRequestContactsItem": ".bulk_update_contacts_request_contacts_item",
    "BulkUpdateContactsRequestContactsItemCompaniesItem": ".bulk_update_contacts_request_contacts_item_companies_item",
    "BulkUpdateContactsRequestContactsItemCustomAttributes": ".bulk_update_contacts_request_contacts_item_custom_attributes",
    "BulkUpdateContactsRequestContactsItemTags": ".bulk_update_contacts_request_contacts_item_tags",
    "BulkUpdateContactsRequestContactsItemTagsAddItem": ".bulk_update_contacts_request_contacts_item_tags_add_item",
    "BulkUpdateContactsRequestContactsItemTagsRemoveItem": ".bulk_update_contacts_request_contacts_item_tags_remove_item",
    "BulkUpdateContactsRequestJob": ".bulk_update_contacts_request_job",
    "Call": ".call",
    "CallList": ".call_list",
    "CallSummary": ".call_summary",
    "CallWithTranscript": ".call_with_transcript",
    "CallWithTranscriptList": ".call_with_transcript_list",
    "CallWithTranscriptTranscriptItem": ".call_with_transcript_transcript_item",
    "ChangeTicketTypeRequest": ".change_ticket_type_request",
    "ChangeTicketTypeRequestTicketAttributes": ".change_ticket_type_request_ticket_attributes",
    "CloseConversationRequest": ".close_conversation_request",
    "CloseConversationRequestMessageType": ".close_conversation_request_message_type",
    "CloseConversationRequestType": ".close_conversation_request_type",
    "CollectAgentInputRequest": ".collect_agent_input_request",
    "CollectAgentInputRequestAttributeValuesItem": ".collect_agent_input_request_attribute_values_item",
    "CollectProcedureAgentInputResult": ".collect_procedure_agent_input_result",
    "Collection": ".collection",
    "CollectionList": ".collection_list",
    "CollectionListType": ".collection_list_type",
    "CompaniesBulkJob": ".companies_bulk_job",
    "CompaniesBulkJobState": ".companies_bulk_job_state",
    "CompaniesBulkJobTasksItem": ".companies_bulk_job_tasks_item",
    "CompaniesBulkJobTasksItemState": ".companies_bulk_job_tasks_item_state",
    "CompaniesBulkJobType": ".companies_bulk_job_type",
    "Company": ".company",
    "CompanyAttachedContacts": ".company_attached_contacts",
    "CompanyAttachedContactsType": ".company_attached_contacts_type",
    "CompanyAttachedSegments": ".company_attached_segments",
    "CompanyAttachedSegmentsType": ".company_attached_segments_type",
    "CompanyCustomAttributes": ".company_custom_attributes",
    "CompanyData": ".company_data",
    "CompanyDataType": ".company_data_type",
    "CompanyList": ".company_list",
    "CompanyListType": ".company_list_type",
    "CompanyNote": ".company_note",
    "CompanyNoteCompany": ".company_note_company",
    "CompanyNotes": ".company_notes",
    "CompanyNotesType": ".company_notes_type",
    "CompanyPlan": ".company_plan",
    "CompanyScroll": ".company_scroll",
    "CompanyScrollType": ".company_scroll_type",
    "CompanySearchRequest": ".company_search_request",
    "CompanySearchRequestSort": ".company_search_request_sort",
    "CompanySearchRequestSortOrder": ".company_search_request_sort_order",
    "CompanySegments": ".company_segments",
    "CompanySegmentsType": ".company_segments_type",
    "CompanyTags": ".company_tags",
    "CompanyTagsType": ".company_tags_type",
    "CompanyType": ".company_type",
    "Contact": ".contact",
    "ContactActivity": ".contact_activity",
    "ContactActivityEventType": ".contact_activity_event_type",
    "ContactActivityList": ".contact_activity_list",
    "ContactActivityListPages": ".contact_activity_list_pages",
    "ContactActivityListPagesType": ".contact_activity_list_pages_type",
    "ContactActivityListType": ".contact_activity_list_type",
    "ContactActivityType": ".contact_activity_type",
    "ContactArchived": ".contact_archived",
    "ContactAttachedCompanies": ".contact_attached_companies",
    "ContactAttachedCompaniesType": ".contact_attached_companies_type",
    "ContactAvatar": ".contact_avatar",
    "ContactBlocked": ".contact_blocked",
    "ContactCompanies": ".contact_companies",
    "ContactCustomAttributes": ".contact_custom_attributes",
    "ContactDeleted": ".contact_deleted",
    "ContactList": ".contact_list",
    "ContactListType": ".contact_list_type",
    "ContactLocation": ".contact_location",
    "ContactNotes": ".contact_notes",
    "ContactReference": ".contact_reference",
    "ContactReferenceType": ".contact_reference_type",
    "ContactReplyBaseRequest": ".contact_reply_base_request",
    "ContactReplyBaseRequestMessageType": ".contact_reply_base_request_message_type",
    "ContactReplyBaseRequestReplyOptionsItem": ".contact_reply_base_request_reply_options_item",
    "ContactReplyBaseRequestType": ".contact_reply_base_request_type",
    "ContactReplyEmailRequest": ".contact_reply_email_request",
    "ContactReplyIntercomUserIdRequest": ".contact_reply_intercom_user_id_request",
    "ContactReplyTicketEmailRequest": ".contact_reply_ticket_email_request",
    "ContactReplyTicketIntercomUserIdRequest": ".contact_reply_ticket_intercom_user_id_request",
    "ContactReplyTicketUserIdRequest": ".contact_reply_ticket_user_id_request",
    "ContactReplyUserIdRequest": ".contact_reply_user_id_request",
    "ContactSearchRequest": ".contact_search_request",
    "ContactSearchRequestSort": ".contact_search_request_sort",
    "ContactSearchRequestSortOrder": ".contact_search_request_sort_order",
    "ContactSegments": ".contact_segments",
    "ContactSegmentsType": ".contact_segments_type",
    "ContactSocialProfiles": ".contact_social_profiles",
    "ContactSubscriptionTypes": ".contact_subscription_types",
    "ContactTags": ".contact_tags",
    "ContactUnarchived": ".contact_unarchived",
    "ContactsBulkJob": ".contacts_bulk_job",
    "ContactsBulkJobState": ".contacts_bulk_job_state",
    "ContactsBulkJobTasksItem": ".contacts_bulk_job_tasks_item",
    "ContactsBulkJobTasksItemState": ".contacts_bulk_job_tasks_item_state",
    "ContactsBulkJobType": ".contacts_bulk_job_type",
    "ContentBulkActionRequest": ".content_bulk_action_request",
    "ContentBulkActionRequestAction": ".content_bulk_action_request_action",
    "ContentBulkActionRequestAudience": ".content_bulk_action_request_audience",
    "ContentBulkActionRequestAvailability": ".content_bulk_action_request_availability",
    "ContentBulkActionRequestContentIdsItem": ".content_bulk_action_request_content_ids_item",
    "ContentBulkActionRequestContentIdsItemType": ".content_bulk_action_request_content_ids_item_type",
    "ContentBulkActionRequestTags": ".content_bulk_action_request_tags",
    "ContentBulkActionResponse": ".content_bulk_action_response",
    "ContentImportSource": ".content_import_source",
    "ContentImportSourceStatus": ".content_import_source_status",
    "ContentImportSourceSyncBehavior": ".content_import_source_sync_behavior",
    "ContentImportSourceType": ".content_import_source_type",
    "ContentImportSourcesList": ".content_import_sources_list",
    "ContentImportSourcesListType": ".content_import_sources_list_type",
    "ContentSearchArticleContentItem": ".content_search_article_content_item",
    "ContentSearchArticleContentItemType": ".content_search_article_content_item_type",
    "ContentSearchArticleItem": ".content_search_article_item",
    "ContentSearchArticleItemType": ".content_search_article_item_type",
    "ContentSearchDefaultItem": ".content_search_default_item",
    "ContentSearchDefaultItemType": ".content_search_default_item_type",
    "ContentSearchResponse": ".content_search_response",
    "ContentSearchResponseType": ".content_search_response_type",
    "ContentSnippet": ".content_snippet",
    "ContentSnippetCreateRequest": ".content_snippet_create_request",
    "ContentSnippetCreateRequestJsonBlocksItem": ".content_snippet_create_request_json_blocks_item",
    "ContentSnippetJsonBlocksItem": ".content_snippet_json_blocks_item",
    "ContentSnippetList": ".content_snippet_list",
    "ContentSnippetListType": ".content_snippet_list_type",
    "ContentSnippetUpdateRequest": ".content_snippet_update_request",
    "ContentSnippetUpdateRequestJsonBlocksItem": ".content_snippet_update_request_json_blocks_item",
    "ContentSource": ".content_source",
    "ContentSourceContentType": ".content_source_content_type",
    "ContentSourcesList": ".content_sources_list",
    "ContentSourcesListType": ".content_sources_list_type",
    "Conversation": ".conversation",
    "ConversationAttachmentFiles": ".conversation_attachment_files",
    "ConversationAttributeBase": ".conversation_attribute_base",
    "ConversationAttributeBaseDataType": ".conversation_attribute_base_data_type",
    "ConversationAttributeBaseType": ".conversation_attribute_base_type",
    "ConversationAttributeBooleanType": ".conversation_attribute_boolean_type",
    "ConversationAttributeBooleanTypeDataType": ".conversation_attribute_boolean_type_data_type",
    "ConversationAttributeDatetimeType": ".conversation_attribute_datetime_type",
    "ConversationAttributeDatetimeTypeDataType": ".conversation_attribute_datetime_type_data_type",
    "ConversationAttributeDecimalType": ".conversation_attribute_decimal_type",
    "ConversationAttributeDecimalTypeDataType": ".conversation_attribute_decimal_type_data_type",
    "ConversationAttributeFilesType": ".conversation_attribute_files_type",
    "ConversationAttributeFilesTypeDataType": ".conversation_attribute_files_type_data_type",
    "ConversationAttributeIntegerType": ".conversation_attribute_integer_type",
    "ConversationAttributeIntegerTypeDataType": ".conversation_attribute_integer_type_data_type",
    "ConversationAttributeList": ".conversation_attribute_list",
    "ConversationAttributeListType": ".conversation_attribute_list_type",
    "ConversationAttributeListTypeDataType": ".conversation_attribute_list_type_data_type",
    "ConversationAttributeListTypeEnum": ".conversation_attribute_list_type_enum",
    "ConversationAttributeOption": ".conversation_attribute_option",
    "ConversationAttributeRelationshipType": ".conversation_attribute_relationship_type",
    "ConversationAttributeRelationshipTypeDataType": ".conversation_attribute_relationship_type_data_type",
    "ConversationAttributeRelationshipTypeReference": ".conversation_attribute_relationship_type_reference",
    "ConversationAttributeRelationshipTypeReferenceType": ".conversation_attribute_relationship_type_reference_type",
    "ConversationAttributeStringType": ".conversation_attribute_string_type",
    "ConversationAttributeStringTypeDataType": ".conversation_attribute_string_type_data_type",
    "ConversationAttributeUpdatedByAdmin": ".conversation_attribute_updated_by_admin",
    "ConversationAttributeUpdatedByAdminAttribute": ".conversation_attribute_updated_by_admin_attribute",
    "ConversationAttributeUpdatedByAdminValue": ".conversation_attribute_updated_by_admin_value",
    "ConversationAttributeUpdatedByUser": ".conversation_attribute_updated_by_user",
    "ConversationAttributeUpdatedByUserAttribute": ".conversation_attribute_updated_by_user_attribute",
    "ConversationAttributeUpdatedByUserValue": ".conversation_attribute_updated_by_user_value",
    "ConversationAttributeUpdatedByWorkflow": ".conversation_attribute_updated_by_workflow",
    "ConversationAttributeUpdatedByWorkflowAttribute": ".conversation_attribute_updated_by_workflow_attribute",
    "ConversationAttributeUpdatedByWorkflowValue": ".conversation_attribute_updated_by_workflow_value",
    "ConversationAttributeUpdatedByWorkflowWorkflow": ".conversation_attribute_updated_by_workflow_workflow",
    "ConversationChannel": ".conversation_channel",
    "ConversationContacts": ".conversation_contacts",
    "ConversationContactsType": ".conversation_contacts_type",
    "ConversationDeleted": ".conversation_deleted",
    "ConversationDeletedObject": ".conversation_deleted_object",
    "ConversationExternalReference": ".conversation_external_reference",
    "ConversationFirstContactReply": ".conversation_first_contact_reply",
    "ConversationList": ".conversation_list",
    "ConversationListType": ".conversation_list_type",
    "ConversationMonitorEvaluation": ".conversation_monitor_evaluation",
    "ConversationPart": ".conversation_part",
    "ConversationPartAuthor": ".conversation_part_author",
    "ConversationPartMetadata": ".conversation_part_metadata",
    "ConversationPartState": ".conversation_part_state",
    "ConversationParts": ".conversation_parts",
    "ConversationPartsType": ".conversation_parts_type",
    "ConversationPriority": ".conversation_priority",
    "ConversationRating": ".conversation_rating",
    "ConversationResponseTime": ".conversation_response_time",
    "ConversationScorecard": ".conversation_scorecard",
    "ConversationScorecardEvaluator": ".conversation_scorecard_evaluator",
    "ConversationScorecardEvaluatorResult": ".conversation_scorecard_evaluator_result",
    "ConversationScorecardReviewedTeammate": ".conversation_scorecard_reviewed_teammate",
    "ConversationScorecardReviewedTeammateType": ".conversation_scorecard_reviewed_teammate_type",
    "ConversationSlaAppliedByRule": ".conversation_sla_applied_by_rule",
    "ConversationSlaAppliedByRuleSlaDefinition": ".conversation_sla_applied_by_rule_sla_definition",
    "ConversationSlaAppliedByWorkflow": ".conversation_sla_applied_by_workflow",
    "ConversationSlaAppliedByWorkflowSlaDefinition": ".conversation_sla_applied_by_workflow_sla_definition",
    "ConversationSlaPaused": ".conversation_sla_paused",
    "ConversationSlaPausedCurrentSlaStatus": ".conversation_sla_paused_current_sla_status",
    "ConversationSlaPausedSlaStates": ".conversation_sla_paused_sla_states",
    "ConversationSlaPausedSlaStatesAdditionalProperty": ".conversation_sla_paused_sla_states_additional_property",
    "ConversationSlaPausedSlaStatesAdditionalPropertyStatus": ".conversation_sla_paused_sla_states_additional_property_status",
    "ConversationSlaRemoved": ".conversation_sla_removed",
    "ConversationSlaTargetMissed": ".conversation_sla_target_missed",
    "ConversationSlaTargetMissedCurrentSlaStatus": ".conversation_sla_target_missed_current_sla_status",
    "ConversationSlaTargetMissedSlaStates": ".conversation_sla_target_missed_sla_states",
    "ConversationSlaTargetMissedSlaStatesAdditionalProperty": ".conversation_sla_target_missed_sla_states_additional_property",
    "ConversationSlaTargetMissedSlaStatesAdditionalPropertyStatus": ".conversation_sla_target_missed_sla_states_additional_property_status",
    "ConversationSlaTargetMissedSlaTargetType": ".conversation_sla_target_missed_sla_target_type",
    "ConversationSlaUnpaused": ".conversation_sla_unpaused",
    "ConversationSource": ".conversation_source",
    "ConversationSourceAuthor": ".conversation_source_author",
    "ConversationSourceRecipientsItem": ".conversation_source_recipients_item",
    "ConversationSourceReplyToItem": ".conversation_source_reply_to_item",
    "ConversationState": ".conversation_state",
    "ConversationStatistics": ".conversation_statistics",
    "ConversationTagsUpdated": ".conversation_tags_updated",
    "ConversationTeammates": ".conversation_teammates",
    "ConvertConversationToTicketRequest": ".convert_conversation_to_ticket_request",
    "ConvertVisitorRequest": ".convert_visitor_request",
    "ConvertVisitorRequestUser": ".convert_visitor_request_user",
    "ConvertVisitorRequestVisitor": ".convert_visitor_request_visitor",
    "CreateArticleRequest": ".create_article_request",
    "CreateArticleRequestState": ".create_article_request_state",
    "CreateAudienceRequest": ".create_audience_request",
    "CreateCollectionRequest": ".create_collection_request",
    "CreateCompanyNoteBody": ".create_company_note_body",
    "CreateContactRequest": ".create_contact_request",
    "CreateContactRequestCustomAttributes": ".create_contact_request_custom_attributes",
    "CreateContentImportSourceRequest": ".create_content_import_source_request",
    "CreateContentImportSourceRequestStatus": ".create_content_import_source_request_status",
    "CreateContentImportSourceRequestSyncBehavior": ".create_content_import_source_request_sync_behavior",
    "CreateConversationAttributeBooleanRequest": ".create_conversation_attribute_boolean_request",
    "CreateConversationAttributeBooleanRequestDataType": ".create_conversation_attribute_boolean_request_data_type",
    "CreateConversationAttributeDatetimeRequest": ".create_conversation_attribute_datetime_request",
    "CreateConversationAttributeDatetimeRequestDataType": ".create_conversation_attribute_datetime_request_data_type",
    "CreateConversationAttributeDecimalRequest": ".create_conversation_attribute_decimal_request",
    "CreateConversationAttributeDecimalRequestDataType": ".create_conversation_attribute_decimal_request_data_type",
    "CreateConversationAttributeFilesRequest": ".create_conversation_attribute_files_request",
    "CreateConversationAttributeFilesRequestDataType": ".create_conversation_attribute_files_request_data_type",
    "CreateConversationAttributeIntegerRequest": ".create_conversation_attribute_integer_request",
    "CreateConversationAttributeIntegerRequestDataType": ".create_conversation_attribute_integer_request_data_type",
    "CreateConversationAttributeListRequest": ".create_conversation_attribute_list_request",
    "CreateConversationAttributeListRequestDataType": ".create_conversation_attribute_list_request_data_type",
    "CreateConversationAttributeOptionRequest": ".create_conversation_attribute_option_request",
    "CreateConversationAttributeRelationshipRequest": ".create_conversation_attribute_relationship_request",
    "CreateConversationAttributeRelationshipRequestDataType": ".create_conversation_attribute_relationship_request_data_type",
    "CreateConversationAttributeRelationshipRequestReference": ".create_conversation_attribute_relationship_request_reference",
    "CreateConversationAttributeRelationshipRequestReferenceType": ".create_conversation_attribute_relationship_request_reference_type",
    "CreateConversationAttributeRequestBase": ".create_conversation_attribute_request_base",
    "CreateConversationAttributeRequestBaseDataType": ".create_conversation_attribute_request_base_data_type",
    "CreateConversationAttributeStringRequest": ".create_conversation_attribute_string_request",
    "CreateConversationAttributeStringRequestDataType": ".create_conversation_attribute_string_request_data_type",
    "CreateConversationRequest": ".create_conversation_request",
    "CreateConversationRequestFrom": ".create_conversation_request_from",
    "CreateConversationRequestFromType": ".create_conversation_request_from_type",
    "CreateDataAttributeRequestListAttribute": ".create_data_attribute_request_list_attribute",
    "CreateDataAttributeRequestListAttributeDataType": ".create_data_attribute_request_list_attribute_data_type",
    "CreateDataAttributeRequestListAttributeModel": ".create_data_attribute_request_list_attribute_model",
    "CreateDataAttributeRequestListAttributeOptionsItem": ".create_data_attribute_request_list_attribute_options_item",
    "CreateDataAttributeRequestOtherType": ".create_data_attribute_request_other_type",
    "CreateDataAttributeRequestOtherTypeDataType": ".create_data_attribute_request_other_type_data_type",
    "CreateDataAttributeRequestOtherTypeModel": ".create_data_attribute_request_other_type_model",
    "CreateDataConnectorRequest": ".create_data_connector_request",
    "CreateDataConnectorRequestAudiencesItem": ".create_data_connector_request_audiences_item",
    "CreateDataConnectorRequestDataInputsItem": ".create_data_connector_request_data_inputs_item",
    "CreateDataConnectorRequestDataInputsItemType": ".create_data_connector_request_data_inputs_item_type",
    "CreateDataConnectorRequestHeadersItem": ".create_data_connector_request_headers_item",
    "CreateDataConnectorRequestHttpMethod": ".create_data_connector_request_http_method",
    "CreateDataConnectorRequestMockResponse": ".create_data_connector_request_mock_response",
    "CreateDataEventRequest": ".create_data_event_request",
    "CreateDataEventRequestMetadata": ".create_data_event_request_metadata",
    "CreateDataEventSummariesRequest": ".create_data_event_summaries_request",
    "CreateDataEventSummariesRequestEventSummaries": ".create_data_event_summaries_request_event_summaries",
    "CreateDataExportsRequest": ".create_data_exports_request",
    "CreateExternalPageRequest": ".create_external_page_request",
    "CreateExternalPageRequestLocale": ".create_external_page_request_locale",
    "CreateFolderBody": ".create_folder_body",
    "CreateFolderBodyFolder": ".create_folder_body_folder",
    "CreateHelpCenterRedirectRequest": ".create_help_center_redirect_request",
    "CreateHelpCenterRedirectRequestTargetType": ".create_help_center_redirect_request_target_type",
    "CreateIdentityVerificationSecretRequest": ".create_identity_verification_secret_request",
    "CreateInternalArticleRequest": ".create_internal_article_request",
    "CreateMessageRequest": ".create_message_request",
    "CreateMessageRequestFrom": ".create_message_request_from",
    "CreateMessageRequestFromType": ".create_message_request_from_type",
    "CreateMessageRequestMessageType": ".create_message_request_message_type",
    "CreateNoteBody": ".create_note_body",
    "CreateOfficeHoursExceptionRequest": ".create_office_hours_exception_request",
    "CreateOfficeHoursExceptionRequestExceptionType": ".create_office_hours_exception_request_exception_type",
    "CreateOfficeHoursScheduleRequest": ".create_office_hours_schedule_request",
    "CreateOrUpdateCompanyRequest": ".create_or_update_company_request",
    "CreateOrUpdateCompanyRequestCustomAttributes": ".create_or_update_company_request_custom_attributes",
    "CreateOrUpdateCustomObjectInstanceRequest": ".create_or_update_custom_object_instance_request",
    "CreateOrUpdateCustomObjectInstanceRequestCustomAttributes": ".create_or_update_custom_object_instance_request_custom_attributes",
    "CreateOrUpdateTagRequest": ".create_or_update_tag_request",
    "CreatePhoneSwitchBadRequest": ".create_phone_switch_bad_request",
    "CreatePhoneSwitchRequest": ".create_phone_switch_request",
    "CreatePhoneSwitchUnprocessableEntity": ".create_phone_switch_unprocessable_entity",
    "CreateTicketBody": ".create_ticket_body",
    "CreateTicketRequest": ".create_ticket_request",
    "CreateTicketRequestAssignment": ".create_ticket_request_assignment",
    "CreateTicketRequestContactWithEmail": ".create_ticket_request_contact_with_email",
    "CreateTicketRequestContactWithExternalId": ".create_ticket_request_contact_with_external_id",
    "CreateTicketRequestContactWithId": ".create_ticket_request_contact_with_id",
    "CreateTicketTypeAttributeRequest": ".create_ticket_type_attribute_request",
    "CreateTicketTypeAttributeRequestDataType": ".create_ticket_type_attribute_request_data_type",
    "CreateTicketTypeRequest": ".create_ticket_type_request",
    "CreateTicketTypeRequestCategory": ".create_ticket_type_request_category",
    "CursorPages": ".cursor_pages",
    "CursorPagesType": ".cursor_pages_type",
    "CustomActionFinished": ".custom_action_finished",
    "CustomActionFinishedAction": ".custom_action_finished_action",
    "CustomActionFinishedActionResult": ".custom_action_finished_action_result",
    "CustomActionStarted": ".custom_action_started",
    "CustomActionStartedAction": ".custom_action_started_action",
    "CustomAttributes": ".custom_attributes",
    "CustomObjectInstance": ".custom_object_instance",
    "CustomObjectInstanceCustomAttributes": ".custom_object_instance_custom_attributes",
    "CustomObjectInstanceDeleted": ".custom_object_instance_deleted",
    "CustomObjectInstanceList": ".custom_object_instance_list",
    "CustomObjectInstancesPaginatedList": ".custom_object_instances_paginated_list",
    "CustomObjectInstancesPaginatedListType": ".custom_object_instances_paginated_list_type",
    "CustomerRequestEmail": ".customer_request_email",
    "CustomerRequestIntercomUserId": ".customer_request_intercom_user_id",
    "CustomerRequestUserId": ".customer_request_user_id",
    "DataAttribute": ".data_attribute",
    "DataAttributeDataType": ".data_attribute_data_type",
    "DataAttributeList": ".data_attribute_list",
    "DataAttributeListType": ".data_attribute_list_type",
    "DataAttributeModel": ".data_attribute_model",
    "DataAttributeType": ".data_attribute_type",
    "DataConnector": ".data_connector",
    "DataConnectorDetail": ".data_connector_detail",
    "DataConnectorDetailAudiencesItem": ".data_connector_detail_audiences_item",
    "DataConnectorDetailConfigurationResponseType": ".data_connector_detail_configuration_response_type",
    "DataConnectorDetailDataInputsItem": ".data_connector_detail_data_inputs_item",
    "DataConnectorDetailDataInputsItemType": ".data_connector_detail_data_inputs_item_type",
    "DataConnectorDetailDataTransformationType": ".data_connector_detail_data_transformation_type",
    "DataConnectorDetailExecutionType": ".data_connector_detail_execution_type",
    "DataConnectorDetailHeadersItem": ".data_connector_detail_headers_item",
    "DataConnectorDetailHttpMethod": ".data_connector_detail_http_method",
    "DataConnectorDetailObjectMappingsItem": ".data_connector_detail_object_mappings_item",
    "DataConnectorDetailObjectMappingsItemAttributeMappingsItem": ".data_connector_detail_object_mappings_item_attribute_mappings_item",
    "DataConnectorDetailObjectMappingsItemAttributeMappingsItemMappingType": ".data_connector_detail_object_mappings_item_attribute_mappings_item_mapping_type",
    "DataConnectorDetailObjectMappingsItemIntercomObjectType": ".data_connector_detail_object_mappings_item_intercom_object_type",
    "DataConnectorDetailObjectMappingsItemReferenceMappingsItem": ".data_connector_detail_object_mappings_item_reference_mappings_item",
    "DataConnectorDetailObjectMappingsItemReferenceMappingsItemIntercomObjectType": ".data_connector_detail_object_mappings_item_reference_mappings_item_intercom_object_type",
    "DataConnectorDetailResponseFieldsItem": ".data_connector_detail_response_fields_item",
    "DataConnectorDetailResponseFieldsItemType": ".data_connector_detail_response_fields_item_type",
    "DataConnectorDetailState": ".data_connector_detail_state",
    "DataConnectorDetailType": ".data_connector_detail_type",
    "DataConnectorExecutionResult": ".data_connector_execution_result",
    "DataConnectorExecutionResultErrorType": ".data_connector_execution_result_error_type",
    "DataConnectorExecutionResultHttpMethod": ".data_connector_execution_result_http_method",
    "DataConnectorExecutionResultList": ".data_connector_execution_result_list",
    "DataConnectorExecutionResultListPages": ".data_connector_execution_result_list_pages",
    "DataConnectorExecutionResultListPagesType": ".data_connector_execution_result_list_pages_type",
    "DataConnectorExecutionResultListType": ".data_connector_execution_result_list_type",
    "DataConnectorExecutionResultSourceType": ".data_connector_execution_result_source_type",
    "DataConnectorExecutionResultType": ".data_connector_execution_result_type",
    "DataConnectorHttpMethod": ".data_connector_http_method",
    "DataConnectorList": ".data_connector_list",
    "DataConnectorListPages": ".data_connector_list_pages",
    "DataConnectorListPagesType": ".data_connector_list_pages_type",
    "DataConnectorListType": ".data_connector_list_type",
    "DataConnectorState": ".data_connector_state",
    "DataConnectorType": ".data_connector_type",
    "DataEvent": ".data_event",
    "DataEventList": ".data_event_list",
    "DataEventListPages": ".data_event_list_pages",
    "DataEventListType": ".data_event_list_type",
    "DataEventMetadata": ".data_event_metadata",
    "DataEventSummary": ".data_event_summary",
    "DataEventSummaryItem": ".data_event_summary_item",
    "DataEventSummaryType": ".data_event_summary_type",
    "DataEventType": ".data_event_type",
    "DataExport": ".data_export",
    "DataExportCsv": ".data_export_csv",
    "DataExportStatus": ".data_export_status",
    "DeletedArticleObject": ".deleted_article_object",
    "DeletedArticleObjectObject": ".deleted_article_object_object",
    "DeletedCollectionObject": ".deleted_collection_object",
    "DeletedCollectionObjectObject": ".deleted_collection_object_object",
    "DeletedCompanyObject": ".deleted_company_object",
    "DeletedCompanyObjectObject": ".deleted_company_object_object",
    "DeletedConversationItem": ".deleted_conversation_item",
    "DeletedConversationList": ".deleted_conversation_list",
    "DeletedDataConnectorObject": ".deleted_data_connector_object",
    "DeletedDataConnectorObjectObject": ".deleted_data_connector_object_object",
    "DeletedFolderObject": ".deleted_folder_object",
    "DeletedFolderObjectObject": ".deleted_folder_object_object",
    "DeletedHelpCenterRedirectObject": ".deleted_help_center_redirect_object",
    "DeletedHelpCenterRedirectObjectObject": ".deleted_help_center_redirect_object_object",
    "DeletedInternalArticleObject": ".deleted_internal_article_object",
    "DeletedInternalArticleObjectObject": ".deleted_internal_article_object_object",
    "DeletedObject": ".deleted_object",
    "DeletedObjectObject": ".deleted_object_object",
    "DetachContactFromConversationRequest": ".detach_contact_from_conversation_request",
    "DetachTagFromConversationBody": ".detach_tag_from_conversation_body",
    "DetachTagFromTicketBody": ".detach_tag_from_ticket_body",
    "EcommerceCatalogProduct": ".ecommerce_catalog_product",
    "EcommerceCatalogProductAdditionalData": ".ecommerce_catalog_product_additional_data",
    "EcommerceCatalogProductAvailableOptionsItem": ".ecommerce_catalog_product_available_options_item",
    "EcommerceCatalogProductCollectionWithTitle": ".ecommerce_catalog_product_collection_with_title",
    "EcommerceCatalogUploadPartResponse": ".ecommerce_catalog_upload_part_response",
    "EcommerceCatalogUploadResponse": ".ecommerce_catalog_upload_response",
    "EcommerceCatalogUploadResponseStatus": ".ecommerce_catalog_upload_response_status",
    "EcommerceCatalogVariant": ".ecommerce_catalog_variant",
    "EcommerceCatalogVariantSelectedOptionsItem": ".ecommerce_catalog_variant_selected_options_item",
    "EmailAddressHeader": ".email_address_header",
    "EmailList": ".email_list",
    "EmailMessageMetadata": ".email_message_metadata",
    "EmailSetting": ".email_setting",
    "EnqueueCreateTicketBody": ".enqueue_create_ticket_body",
    "Error": ".error",
    "ErrorErrorsItem": ".error_errors_item",
    "EscalateFinConversationBody": ".escalate_fin_conversation_body",
    "EscalateFinConversationBodyUser": ".escalate_fin_conversation_body_user",
    "EscalateFinConversationResult": ".escalate_fin_conversation_result",
    "EscalateFinConversationResultStatus": ".escalate_fin_conversation_result_status",
    "ExternalPage": ".external_page",
    "ExternalPageLocale": ".external_page_locale",
    "ExternalPageType": ".external_page_type",
    "ExternalPagesList": ".external_pages_list",
    "ExternalPagesListType": ".external_pages_list_type",
    "FileAttribute": ".file_attribute",
    "FinAgentAttachment": ".fin_agent_attachment",
    "FinAgentAttachmentType": ".fin_agent_attachment_type",
    "FinAgentAttributeErrors": ".fin_agent_attribute_errors",
    "FinAgentAttributeErrorsConversation": ".fin_agent_attribute_errors_conversation",
    "FinAgentAttributeErrorsConversationAttributes": ".fin_agent_attribute_errors_conversation_attributes",
    "FinAgentAttributeErrorsUser": ".fin_agent_attribute_errors_user",
    "FinAgentAttributeErrorsUserAttributes": ".fin_agent_attribute_errors_user_attributes",
    "FinAgentConversationMetadata": ".fin_agent_conversation_metadata",
    "FinAgentConversationMetadataAttributes": ".fin_agent_conversation_metadata_attributes",
    "FinAgentCsatRequestedEvent": ".fin_agent_csat_requested_event",
    "FinAgentCsatRequestedEventCsat": ".fin_agent_csat_requested_event_csat",
    "FinAgentCsatRequestedEventCsatOptionsItem": ".fin_agent_csat_requested_event_csat_options_item",
    "FinAgentCsatRequestedEventCsatOptionsItemKey": ".fin_agent_csat_requested_event_csat_options_item_key",
    "FinAgentCsatRequestedEventEventName": ".fin_agent_csat_requested_event_event_name",
    "FinAgentMessage": ".fin_agent_message",
    "FinAgentMessageAuthor": ".fin_agent_message_author",
    "FinAgentRepliedEvent": ".fin_agent_replied_event",
    "FinAgentRepliedEventEventName": ".fin_agent_replied_event_event_name",
    "FinAgentRepliedEventMessage": ".fin_agent_replied_event_message",
    "FinAgentRepliedEventMessageAuthor": ".fin_agent_replied_event_message_author",
    "FinAgentRepliedEventStatus": ".fin_agent_replied_event_status",
    "FinAgentReplyChunkEvent": ".fin_agent_reply_chunk_event",
    "FinAgentReplyChunkEventEventName": ".fin_agent_reply_chunk_event_event_name",
    "FinAgentReplyChunkEventStatus": ".fin_agent_reply_chunk_event_status",
    "FinAgentSettings": ".fin_agent_settings",
    "FinAgentStatusUpdatedEvent": ".fin_agent_status_updated_event",
    "FinAgentStatusUpdatedEventEventName": ".fin_agent_status_updated_event_event_name",
    "FinAgentStatusUpdatedEventStatus": ".fin_agent_status_updated_event_status",
    "FinAgentUser": ".fin_agent_user",
    "FinAgentUserAttributes": ".fin_agent_user_attributes",
    "FinCapabilities": ".fin_capabilities",
    "FinCapability": ".fin_capability",
    "Folder": ".folder",
    "FolderList": ".folder_list",
    "FolderListType": ".folder_list_type",
    "GetDownloadReportingDataJobIdentifierAccept": ".get_download_reporting_data_job_identifier_accept",
    "GroupContent": ".group_content",
    "GroupContentType": ".group_content_type",
    "GroupTranslatedContent": ".group_translated_content",
    "GroupTranslatedContentType": ".group_translated_content_type",
    "HandlingEvent": ".handling_event",
    "HandlingEventList": ".handling_event_list",
    "HandlingEventType": ".handling_event_type",
    "HelpCenter": ".help_center",
    "HelpCenterList": ".help_center_list",
    "HelpCenterListType": ".help_center_list_type",
    "HelpCenterRedirect": ".help_center_redirect",
    "HelpCenterRedirectList": ".help_center_redirect_list",
    "HelpCenterRedirectListType": ".help_center_redirect_list_type",
    "HelpCenterRedirectTargetType": ".help_center_redirect_target_type",
    "HelpCenterRedirectType": ".help_center_redirect_type",
    "IdentityVerificationSecret": ".identity_verification_secret",
    "IdentityVerificationSecretList": ".identity_verification_secret_list",
    "IdentityVerificationSecretListType": ".identity_verification_secret_list_type",
    "IdentityVerificationSecretWithMaterial": ".identity_verification_secret_with_material",
    "IntercomVersion": ".intercom_version",
    "InternalArticleList": ".internal_article_list",
    "InternalArticleListItem": ".internal_article_list_item",
    "InternalArticleListItemType": ".internal_article_list_item_type",
    "InternalArticleListType": ".internal_article_list_type",
    "InternalArticleSearchResponse": ".internal_article_search_response",
    "InternalArticleSearchResponseData": ".internal_article_search_response_data",
    "InternalArticleSearchResponseType": ".internal_article_search_response_type",
    "Jobs": ".jobs",
    "JobsStatus": ".jobs_status",
    "JobsType": ".jobs_type",
    "LinkConversationToTicketBody": ".link_conversation_to_ticket_body",
    "LinkedObject": ".linked_object",
    "LinkedObjectCategory": ".linked_object_category",
    "LinkedObjectList": ".linked_object_list",
    "LinkedObjectListType": ".linked_object_list_type",
    "LinkedObjectType": ".linked_object_type",
    "ListCallsWithTranscriptsBody": ".list_calls_with_transcripts_body",
    "ListContactMergeHistoryOrder": ".list_contact_merge_history_order",
    "ListDataAttributesModel": ".list_data_attributes_model",
    "ListDataConnectorExecutionResultsErrorType": ".list_data_connector_execution_results_error_type",
    "ListDataConnectorExecutionResultsIncludeBodies": ".list_data_connector_execution_results_include_bodies",
    "ListDataConnectorExecutionResultsSuccess": ".list_data_connector_execution_results_success",
    "ListFinCapabilitiesBody": ".list_fin_capabilities_body",
    "ListFinCapabilitiesBodyUser": ".list_fin_capabilities_body_user",
    "Macro": ".macro",
    "MacroAvailableOnItem": ".macro_available_on_item",
    "MacroList": ".macro_list",
    "MacroListPages": ".macro_list_pages",
    "MacroListPagesType": ".macro_list_pages_type",
    "MacroListType": ".macro_list_type",
    "MacroType": ".macro_type",
    "MacroVisibleTo": ".macro_visible_to",
    "MergeContactsRequest": ".merge_contacts_request",
    "MergeConversationsRequest": ".merge_conversations_request",
    "MergeHistoryItem": ".merge_history_item",
    "MergeHistoryItemSourceContactRole": ".merge_history_item_source_contact_role",
    "MergeHistoryList": ".merge_history_list",
    "MergeHistoryListType": ".merge_history_list_type",
    "MergePreviewAllowed": ".merge_preview_allowed",
    "MergePreviewAttributeChange": ".merge_preview_attribute_change",
    "MergePreviewAttributeChangeOutcome": ".merge_preview_attribute_change_outcome",
    "MergePreviewAttributeChanges": ".merge_preview_attribute_changes",
    "MergePreviewBlocked": ".merge_preview_blocked",
    "MergePreviewReason": ".merge_preview_reason",
    "MergePreviewReasonCode": ".merge_preview_reason_code",
    "MergePreviewReassignments": ".merge_preview_reassignments",
    "MergePreviewReassignmentsConversations": ".merge_preview_reassignments_conversations",
    "MergePreviewReassignmentsNotes": ".merge_preview_reassignments_notes",
    "MergePreviewReassignmentsPhoneCalls": ".merge_preview_reassignments_phone_calls",
    "MergePreviewReassignmentsTags": ".merge_preview_reassignments_tags",
    "MergePreviewReassignmentsTickets": ".merge_preview_reassignments_tickets",
    "MergePreviewRequest": ".merge_preview_request",
    "MergePreviewSummary": ".merge_preview_summary",
    "Message": ".message",
    "MessageMessageType": ".message_message_type",
    "Metadata": ".metadata",
    "MultipleFilterSearchRequest": ".multiple_filter_search_request",
    "MultipleFilterSearchRequestOperator": ".multiple_filter_search_request_operator",
    "NewsItem": ".news_item",
    "NewsItemRequest": ".news_item_request",
    "NewsItemRequestState": ".news_item_request_state",
    "NewsItemState": ".news_item_state",
    "NewsItemType": ".news_item_type",
    "Newsfeed": ".newsfeed",
    "NewsfeedAssignment": ".newsfeed_assignment",
    "NewsfeedType": ".newsfeed_type",
    "NextPageCursor": ".next_page_cursor",
    "Note": ".note",
    "NoteCompany": ".note_company",
    "NoteContact": ".note_contact",
    "NoteList": ".note_list",
    "OfficeHoursDeleted": ".office_hours_deleted",
    "OfficeHoursException": ".office_hours_exception",
    "OfficeHoursExceptionExceptionType": ".office_hours_exception_exception_type",
    "OfficeHoursExceptionList": ".office_hours_exception_list",
    "OfficeHoursSchedule": ".office_hours_schedule",
    "OfficeHoursScheduleList": ".office_hours_schedule_list",
    "OfficeHoursTimeInterval": ".office_hours_time_interval",
    "OpenConversationRequest": ".open_conversation_request",
    "OpenConversationRequestMessageType": ".open_conversation_request_message_type",
    "OperatorWorkflowEvent": ".operator_workflow_event",
    "OperatorWorkflowEventEvent": ".operator_workflow_event_event",
    "OperatorWorkflowEventWorkflow": ".operator_workflow_event_workflow",
    "PagesLink": ".pages_link",
    "PagesLinkType": ".pages_link_type",
    "PagesLinkWithPrev": ".pages_link_with_prev",
    "PaginatedResponse": ".paginated_response",
    "PaginatedResponseType": ".paginated_response_type",
    "PartAttachment": ".part_attachment",
    "PhoneSwitch": ".phone_switch",
    "PhoneSwitchType": ".phone_switch_type",
    "PostExportReportingDataEnqueueBody": ".post_export_reporting_data_enqueue_body",
    "Predicate": ".predicate",
    "PriorityChanged": ".priority_changed",
    "PriorityChangedCurrentPriority": ".priority_changed_current_priority",
    "PriorityChangedPreviousPriority": ".priority_changed_previous_priority",
    "PublishArticleDraftRequest": ".publish_article_draft_request",
    "QuickReplyOption": ".quick_reply_option",
    "QuickReplyOptionWithTranslations": ".quick_reply_option_with_translations",
    "QuickReplyOptionWithTranslationsTranslations": ".quick_reply_option_with_translations_translations",
    "Recipient": ".recipient",
    "RecipientType": ".recipient_type",
    "RedactConversationRequestRedactConversationPartRequest": ".redact_conversation_request_redact_conversation_part_request",
    "RedactConversationRequestRedactConversationPartRequestType": ".redact_conversation_request_redact_conversation_part_request_type",
    "RedactConversationRequestRedactConversationSourceRequest": ".redact_conversation_request_redact_conversation_source_request",
    "RedactConversationRequestRedactConversationSourceRequestType": ".redact_conversation_request_redact_conversation_source_request_type",
    "Reference": ".reference",
    "RegisterFinVoiceCallRequest": ".register_fin_voice_call_request",
    "RegisterFinVoiceCallRequestData": ".register_fin_voice_call_request_data",
    "RegisterFinVoiceCallRequestSource": ".register_fin_voice_call_request_source",
    "ReplyTicketRequestAdminReplyTicketRequest": ".reply_ticket_request_admin_reply_ticket_request",
    "ReplyTicketRequestContactReplyTicketEmailRequest": ".reply_ticket_request_contact_reply_ticket_email_request",
    "ReplyTicketRequestContactReplyTicketIntercomUserIdRequest": ".reply_ticket_request_contact_reply_ticket_intercom_user_id_request",
    "ReplyTicketRequestContactReplyTicketUserIdRequest": ".reply_ticket_request_contact_reply_ticket_user_id_request",
    "ReplyToFinBody": ".reply_to_fin_body",
    "ReplyToFinResult": ".reply_to_fin_result",
    "ReplyToFinResultStatus": ".reply_to_fin_result_status",
    "ReplyTranslations": ".reply_translations",
    "ReportingDataExportJob": ".reporting_data_export_job",
    "ReportingDataset": ".reporting_dataset",
    "ReportingDatasetAttribute": ".reporting_dataset_attribute",
    "ReportingDatasetList": ".reporting_dataset_list",
    "RetrieveDataConnectorStateVersion": ".retrieve_data_connector_state_version",
    "RunFinProcedureBody": ".run_fin_procedure_body",
    "RunFinProcedureBodyConversationMetadata": ".run_fin_procedure_body_conversation_metadata",
    "RunFinProcedureBodyConversationMetadataAttributes": ".run_fin_procedure_body_conversation_metadata_attributes",
    "RunFinProcedureBodySettings": ".run_fin_procedure_body_settings",
    "RunFinProcedureResult": ".run_fin_procedure_result",
    "RunFinProcedureResultStatus": ".run_fin_procedure_result_status",
    "SalesAgent": ".sales_agent",
    "SalesAgentCollectedData": ".sales_agent_collected_data",
    "SalesAgentOutcome": ".sales_agent_outcome",
    "SearchActivityLogsBody": ".search_activity_logs_body",
    "SearchContentContentTypesItem": ".search_content_content_types_item",
    "SearchContentCopilotState": ".search_content_copilot_state",
    "SearchContentFinSalesState": ".search_content_fin_sales_state",
    "SearchContentFinServiceState": ".search_content_fin_service_state",
    "SearchContentFolderEntityType": ".search_content_folder_entity_type",
    "SearchContentStatesItem": ".search_content_states_item",
    "SearchContentTagOperator": ".search_content_tag_operator",
    "SearchRequest": ".search_request",
    "Segment": ".segment",
    "SegmentList": ".segment_list",
    "SegmentListPages": ".segment_list_pages",
    "SegmentListType": ".segment_list_type",
    "SegmentPersonType": ".segment_person_type",
    "SegmentType": ".segment_type",
    "SetAwayAdminBody": ".set_away_admin_body",
    "SideConversationList": ".side_conversation_list",
    "SideConversationListPages": ".side_conversation_list_pages",
    "SideConversationListPagesType": ".side_conversation_list_pages_type",
    "SideConversationListType": ".side_conversation_list_type",
    "SideConversationSummary": ".side_conversation_summary",
    "SingleFilterSearchRequest": ".single_filter_search_request",
    "SingleFilterSearchRequestOperator": ".single_filter_search_request_operator",
    "SlaApplied": ".sla_applied",
    "SlaAppliedSlaStatus": ".sla_applied_sla_status",
    "SnoozeConversationRequest": ".snooze_conversation_request",
    "SnoozeConversationRequestMessageType": ".snooze_conversation_request_message_type",
    "Snoozed": ".snoozed",
    "SocialProfile": ".social_profile",
    "SourceEmailMessageMetadata": ".source_email_message_metadata",
    "StartFinConversationBody": ".start_fin_conversation_body",
    "StartFinConversationResult": ".start_fin_conversation_result",
    "StartFinConversationResultStatus": ".start_fin_conversation_result_status",
    "StartingAfterPaging": ".starting_after_paging",
    "SubmitFinCsatBody": ".submit_fin_csat_body",
    "SubmitFinCsatBodyRating": ".submit_fin_csat_body_rating",
    "SubmitFinCsatResult": ".submit_fin_csat_result",
    "SubmitFinCsatResultRating": ".submit_fin_csat_result_rating",
    "SubmitFinCsatResultStatus": ".submit_fin_csat_result_status",
    "SubmitFinCsatUnprocessableEntity": ".submit_fin_csat_unprocessable_entity",
    "SubmitFinCsatUnprocessableEntityErrors": ".submit_fin_csat_unprocessable_entity_errors",
    "SubscriptionType": ".subscription_type",
    "SubscriptionTypeConsentType": ".subscription_type_consent_type",
    "SubscriptionTypeContentTypesItem": ".subscription_type_content_types_item",
    "SubscriptionTypeList": ".subscription_type_list",
    "SubscriptionTypeListType": ".subscription_type_list_type",
    "SubscriptionTypeState": ".subscription_type_state",
    "Tag": ".tag",
    "TagBasic": ".tag_basic",
    "TagCompanyRequest": ".tag_company_request",
    "TagCompanyRequestCompaniesItem": ".tag_company_request_companies_item",
    "TagCreateResponse": ".tag_create_response",
    "TagCreateResponseCompaniesItem": ".tag_create_response_companies_item",
    "TagCreateResponseUsersItem": ".tag_create_response_users_item",
    "TagList": ".tag_list",
    "TagListType": ".tag_list_type",
    "TagMultipleUsersRequest": ".tag_multiple_users_request",
    "TagMultipleUsersRequestUsersItem": ".tag_multiple_users_request_users_item",
    "Tags": ".tags",
    "TagsType": ".tags_type",
    "Team": ".team",
    "TeamList": ".team_list",
    "TeamListType": ".team_list_type",
    "TeamMetric": ".team_metric",
    "TeamMetricList": ".team_metric_list",
    "TeamPriorityLevel": ".team_priority_level",
    "TeammateReference": ".teammate_reference",
    "TeammateReferenceType": ".teammate_reference_type",
    "Ticket": ".ticket",
    "TicketCategory": ".ticket_category",
    "TicketContacts": ".ticket_contacts",
    "TicketContactsType": ".ticket_contacts_type",
    "TicketCustomAttributes": ".ticket_custom_attributes",
    "TicketDeleted": ".ticket_deleted",
    "TicketDeletedObject": ".ticket_deleted_object",
    "TicketList": ".ticket_list",
    "TicketListType": ".ticket_list_type",
    "TicketPart": ".ticket_part",
    "TicketPartAuthor": ".ticket_part_author",
    "TicketPartAuthorType": ".ticket_part_author_type",
    "TicketPartPreviousTicketState": ".ticket_part_previous_ticket_state",
    "TicketPartTicketState": ".ticket_part_ticket_state",
    "TicketPartUpdatedAttributeData": ".ticket_part_updated_attribute_data",
    "TicketPartUpdatedAttributeDataAttribute": ".ticket_part_updated_attribute_data_attribute",
    "TicketPartUpdatedAttributeDataAttributeType": ".ticket_part_updated_attribute_data_attribute_type",
    "TicketPartUpdatedAttributeDataValue": ".ticket_part_updated_attribute_data_value",
    "TicketPartUpdatedAttributeDataValueType": ".ticket_part_updated_attribute_data_value_type",
    "TicketParts": ".ticket_parts",
    "TicketPartsType": ".ticket_parts_type",
    "TicketReply": ".ticket_reply",
    "TicketReplyPartType": ".ticket_reply_part_type",
    "TicketReplyType": ".ticket_reply_type",
    "TicketRequestCustomAttributes": ".ticket_request_custom_attributes",
    "TicketState": ".ticket_state",
    "TicketStateCategory": ".ticket_state_category",
    "TicketStateDetailed": ".ticket_state_detailed",
    "TicketStateDetailedCategory": ".ticket_state_detailed_category",
    "TicketStateList": ".ticket_state_list",
    "TicketType": ".ticket_type",
    "TicketTypeAttribute": ".ticket_type_attribute",
    "TicketTypeAttributeInputOptions": ".ticket_type_attribute_input_options",
    "TicketTypeAttributeList": ".ticket_type_attribute_list",
    "TicketTypeCategory": ".ticket_type_category",
    "TicketTypeEnum": ".ticket_type_enum",
    "TicketTypeList": ".ticket_type_list",
    "TicketTypeTicketStates": ".ticket_type_ticket_states",
    "Translation": ".translation",
    "UntagCompanyRequest": ".untag_company_request",
    "UntagCompanyRequestCompaniesItem": ".untag_company_request_companies_item",
    "UpdateArticleRequest": ".update_article_request",
    "UpdateArticleRequestState": ".update_article_request_state",
    "UpdateAudienceRequest": ".update_audience_request",
    "UpdateCollectionRequest": ".update_collection_request",
    "UpdateContactRequest": ".update_contact_request",
    "UpdateContactRequestCustomAttributes": ".update_contact_request_custom_attributes",
    "UpdateContentImportSourceRequest": ".update_content_import_source_request",
    "UpdateContentImportSourceRequestStatus": ".update_content_import_source_request_status",
    "UpdateContentImportSourceRequestSyncBehavior": ".update_content_import_source_request_sync_behavior",
    "UpdateConversationAttributeOptionRequest": ".update_conversation_attribute_option_request",
    "UpdateConversationAttributeRequest": ".update_conversation_attribute_request",
    "UpdateConversationAttributeRequestReference": ".update_conversation_attribute_request_reference",
    "UpdateConversationAttributeRequestReferenceType": ".update_conversation_attribute_request_reference_type",
    "UpdateConversationPartRequest": ".update_conversation_part_request",
    "UpdateConversationRequest": ".update_conversation_request",
    "UpdateConversationRequestPriority": ".update_conversation_request_priority",
    "UpdateDataAttributeRequestListAttribute": ".update_data_attribute_request_list_attribute",
    "UpdateDataAttributeRequestListAttributeOptionsItem": ".update_data_attribute_request_list_attribute_options_item",
    "UpdateDataAttributeRequestOtherType": ".update_data_attribute_request_other_type",
    "UpdateDataConnectorRequest": ".update_data_connector_request",
    "UpdateDataConnectorRequestAudiencesItem": ".update_data_connector_request_audiences_item",
    "UpdateDataConnectorRequestDataInputsItem": ".update_data_connector_request_data_inputs_item",
    "UpdateDataConnectorRequestDataInputsItemType": ".update_data_connector_request_data_inputs_item_type",
    "UpdateDataConnectorRequestHeadersItem": ".update_data_connector_request_headers_item",
    "UpdateDataConnectorRequestHttpMethod": ".update_data_connector_request_http_method",
    "UpdateDataConnectorRequestMockResponse": ".update_data_connector_request_mock_response",
    "UpdateDataConnectorRequestState": ".update_data_connector_request_state",
    "UpdateExternalPageRequest": ".update_external_page_request",
    "UpdateExternalPageRequestLocale": ".update_external_page_request_locale",
    "UpdateFolderBody": ".update_folder_body",
    "UpdateFolderBodyFolder": ".update_folder_body_folder",
    "UpdateInternalArticleRequest": ".update_internal_article_request",
    "UpdateOfficeHoursExceptionRequest": ".update_office_hours_exception_request",
    "UpdateOfficeHoursExceptionRequestExceptionType": ".update_office_hours_exception_request_exception_type",
    "UpdateOfficeHoursScheduleRequest": ".update_office_hours_schedule_request",
    "UpdateTeamMembersRequest": ".update_team_members_request",
    "UpdateTicketBody": ".update_ticket_body",
    "UpdateTicketRequest": ".update_ticket_request",
    "UpdateTicketRequestTicketAttributes": ".update_ticket_request_ticket_attributes",
    "UpdateTicketTypeAttributeRequest": ".update_ticket_type_attribute_request",
    "UpdateTicketTypeRequest": ".update_ticket_type_request",
    "UpdateTicketTypeRequestCategory": ".update_ticket_type_request_category",
    "UpdateVisitorRequest": ".update_visitor_request",
    "UpdateVisitorRequestCustomAttributes": ".update_visitor_request_custom_attributes",
    "UploadEcommerceCatalogBody": ".upload_ecommerce_catalog_body",
    "UploadEcommerceCatalogBodyFinalize": ".upload_ecommerce_catalog_body_finalize",
    "Visitor": ".visitor",
    "VisitorAvatar": ".visitor_avatar",
    "VisitorCompanies": ".visitor_companies",
    "VisitorCompaniesType": ".visitor_companies_type",
    "VisitorCustomAttributes": ".visitor_custom_attributes",
    "VisitorDeletedObject": ".visitor_deleted_object",
    "VisitorDeletedObjectType": ".visitor_deleted_object_type",
    "VisitorLocationData": ".visitor_location_data",
    "VisitorSegments": ".visitor_segments",
    "VisitorSegmentsType": ".visitor_segments_type",
    "VisitorSocialProfiles": ".visitor_social_profiles",
    "VisitorSocialProfilesType": ".visitor_social_profiles_type",
    "VisitorTags": ".visitor_tags",
    "VisitorTagsTagsItem": ".visitor_tags_tags_item",
    "VisitorTagsTagsItemType": ".visitor_tags_tags_item_type",
    "VisitorTagsType": ".visitor_tags_type",
    "WhatsappMessageStatus": ".whatsapp_message_status",
    "WhatsappMessageStatusError": ".whatsapp_message_status_error",
    "WhatsappMessageStatusList": ".whatsapp_message_status_list",
    "WhatsappMessageStatusListEventsItem": ".whatsapp_message_status_list_events_item",
    "WhatsappMessageStatusListEventsItemStatus": ".whatsapp_message_status_list_events_item_status",
    "WhatsappMessageStatusListEventsItemType": ".whatsapp_message_status_list_events_item_type",
    "WhatsappMessageStatusListPages": ".whatsapp_message_status_list_pages",
    "WhatsappMessageStatusListPagesType": ".whatsapp_message_status_list_pages_type",
    "WhatsappMessageStatusListType": ".whatsapp_message_status_list_type",
    "WhatsappMessageStatusStatus": ".whatsapp_message_status_status",
    "WorkflowExport": ".workflow_export",
    "WorkflowExportWorkflow": ".workflow_export_workflow",
    "WorkflowExportWorkflowAttributesItem": ".workflow_export_workflow_attributes_item",
    "WorkflowExportWorkflowEmbeddedRulesItem": ".workflow_export_workflow_embedded_rules_item",
    "WorkflowExportWorkflowSnapshot": ".workflow_export_workflow_snapshot",
    "WorkflowExportWorkflowState": ".workflow_export_workflow_state",
    "WorkflowExportWorkflowTargeting": ".workflow_export_workflow_targeting",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None and name.endswith("Dict"):
        module = _MODULE_OF.get(name[:-4])  # a request model's TypedDict lives beside the model
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        value = getattr(import_module(module, __name__), name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "ActivityLog",
    "ActivityLogActivityType",
    "ActivityLogEventTypeList",
    "ActivityLogList",
    "ActivityLogMetadata",
    "ActivityLogMetadataChanges",
    "ActivityLogMetadataChangesAdditionalProperty",
    "ActivityLogPerformedBy",
    "AddressableList",
    "Admin",
    "AdminAvatar",
    "AdminList",
    "AdminPriorityLevel",
    "AdminPriorityLevelRequest",
    "AdminPriorityLevelRequestDict",
    "AdminReplyConversationRequest",
    "AdminReplyConversationRequestDict",
    "AdminReplyConversationRequestMessageType",
    "AdminReplyConversationRequestType",
    "AdminReplyTicketRequest",
    "AdminReplyTicketRequestDict",
    "AdminReplyTicketRequestMessageType",
    "AdminReplyTicketRequestReplyOptionsItem",
    "AdminReplyTicketRequestReplyOptionsItemDict",
    "AdminReplyTicketRequestType",
    "AdminRole",
    "AdminWithApp",
    "AdminWithAppAvatar",
    "AdminWithAppRole",
    "AiAgent",
    "AiAgentLastAnswerType",
    "AiAgentResolutionState",
    "AiAgentSourceType",
    "AiCallResponse",
    "AiCallResponseCallTranscriptItem",
    "AiCallResponseIntentItem",
    "AiSubtopic",
    "AiTopic",
    "AiTopics",
    "App",
    "Article",
    "ArticleContent",
    "ArticleContentDict",
    "ArticleContentState",
    "ArticleContentType",
    "ArticleList",
    "ArticleListItem",
    "ArticleListItemHelpCenterAudience",
    "ArticleListItemState",
    "ArticleListItemType",
    "ArticleListType",
    "ArticleSearchHighlights",
    "ArticleSearchHighlightsHighlightedSummaryItemItem",
    "ArticleSearchHighlightsHighlightedSummaryItemItemType",
    "ArticleSearchHighlightsHighlightedTitleItem",
    "ArticleSearchHighlightsHighlightedTitleItemType",
    "ArticleSearchResponse",
    "ArticleSearchResponseData",
    "ArticleSearchResponseType",
    "ArticleStatistics",
    "ArticleStatisticsType",
    "ArticleTranslatedContent",
    "ArticleTranslatedContentDict",
    "ArticleTranslatedContentType",
    "ArticleVersion",
    "ArticleVersionList",
    "ArticleVersionListType",
    "ArticleVersionState",
    "ArticleVersionSummary",
    "ArticleVersionSummaryState",
    "ArticleVersionSummaryType",
    "ArticleVersionType",
    "AskFinBody",
    "AskFinBodyDict",
    "AskFinResult",
    "AskFinResultStatus",
    "AssignConversationRequest",
    "AssignConversationRequestDict",
    "AssignConversationRequestMessageType",
    "AssignConversationRequestType",
    "AttachContactToACompanyBody",
    "AttachContactToACompanyBodyDict",
    "AttachContactToConversationRequest",
    "AttachContactToConversationRequestCustomerWithEmail",
    "AttachContactToConversationRequestCustomerWithEmailDict",
    "AttachContactToConversationRequestCustomerWithIntercomUserId",
    "AttachContactToConversationRequestCustomerWithIntercomUserIdDict",
    "AttachContactToConversationRequestCustomerWithUserId",
    "AttachContactToConversationRequestCustomerWithUserIdDict",
    "AttachContactToConversationRequestDict",
    "AttachSubscriptionTypeToContactBody",
    "AttachSubscriptionTypeToContactBodyDict",
    "AttachTagToArticleBody",
    "AttachTagToArticleBodyDict",
    "AttachTagToContactBody",
    "AttachTagToContactBodyDict",
    "AttachTagToContentSnippetBody",
    "AttachTagToContentSnippetBodyDict",
    "AttachTagToConversationBody",
    "AttachTagToConversationBodyDict",
    "AttachTagToInternalArticleBody",
    "AttachTagToInternalArticleBodyDict",
    "AttachTagToTicketBody",
    "AttachTagToTicketBodyDict",
    "Audience",
    "AudienceList",
    "AudienceListType",
    "AudienceType",
    "AwayStatusReason",
    "AwayStatusReasonList",
    "AwayStatusReasonListType",
    "Banner",
    "BannerAction",
    "BannerActionReactionSetItem",
    "BannerClientTargetingItem",
    "BannerDismiss",
    "BannerList",
    "Brand",
    "BrandList",
    "BulkCreateCompaniesRequest",
    "BulkCreateCompaniesRequestCompaniesItem",
    "BulkCreateCompaniesRequestCompaniesItemCustomAttributes",
    "BulkCreateCompaniesRequestCompaniesItemCustomAttributesDict",
    "BulkCreateCompaniesRequestCompaniesItemDict",
    "BulkCreateCompaniesRequestDict",
    "BulkCreateCompaniesRequestJob",
    "BulkCreateCompaniesRequestJobDict",
    "BulkCreateContactsRequest",
    "BulkCreateContactsRequestContactsItem",
    "BulkCreateContactsRequestContactsItemCompaniesItem",
    "BulkCreateContactsRequestContactsItemCompaniesItemDict",
    "BulkCreateContactsRequestContactsItemCustomAttributes",
    "BulkCreateContactsRequestContactsItemCustomAttributesDict",
    "BulkCreateContactsRequestContactsItemDict",
    "BulkCreateContactsRequestContactsItemTags",
    "BulkCreateContactsRequestContactsItemTagsAddItem",
    "BulkCreateContactsRequestContactsItemTagsAddItemDict",
    "BulkCreateContactsRequestContactsItemTagsDict",
    "BulkCreateContactsRequestDict",
    "BulkCreateContactsRequestJob",
    "BulkCreateContactsRequestJobDict",
    "BulkDeleteCompaniesRequest",
    "BulkDeleteCompaniesRequestCompaniesItem",
    "BulkDeleteCompaniesRequestCompaniesItemDict",
    "BulkDeleteCompaniesRequestDict",
    "BulkDeleteCompaniesRequestJob",
    "BulkDeleteCompaniesRequestJobDict",
    "BulkDeleteContactsRequest",
    "BulkDeleteContactsRequestContactsItem",
    "BulkDeleteContactsRequestContactsItemDict",
    "BulkDeleteContactsRequestDict",
    "BulkDeleteContactsRequestJob",
    "BulkDeleteContactsRequestJobDict",
    "BulkUpdateCompaniesRequest",
    "BulkUpdateCompaniesRequestCompaniesItem",
    "BulkUpdateCompaniesRequestCompaniesItemCustomAttributes",
    "BulkUpdateCompaniesRequestCompaniesItemCustomAttributesDict",
    "BulkUpdateCompaniesRequestCompaniesItemDict",
    "BulkUpdateCompaniesRequestDict",
    "BulkUpdateCompaniesRequestJob",
    "BulkUpdateCompaniesRequestJobDict",
    "BulkUpdateContactsRequest",
    "BulkUpdateContactsRequestContactsItem",
    "BulkUpdateContactsRequestContactsItemCompaniesItem",
    "BulkUpdateContactsRequestContactsItemCompaniesItemDict",
    "BulkUpdateContactsRequestContactsItemCustomAttributes",
    "BulkUpdateContactsRequestContactsItemCustomAttributesDict",
    "BulkUpdateContactsRequestContactsItemDict",
    "BulkUpdateContactsRequestContactsItemTags",
    "BulkUpdateContactsRequestContactsItemTagsAddItem",
    "BulkUpdateContactsRequestContactsItemTagsAddItemDict",
    "BulkUpdateContactsRequestContactsItemTagsDict",
    "BulkUpdateContactsRequestContactsItemTagsRemoveItem",
    "BulkUpdateContactsRequestContactsItemTagsRemoveItemDict",
    "BulkUpdateContactsRequestDict",
    "BulkUpdateContactsRequestJob",
    "BulkUpdateContactsRequestJobDict",
    "Call",
    "CallList",
    "CallSummary",
    "CallWithTranscript",
    "CallWithTranscriptList",
    "CallWithTranscriptTranscriptItem",
    "ChangeTicketTypeRequest",
    "ChangeTicketTypeRequestDict",
    "ChangeTicketTypeRequestTicketAttributes",
    "ChangeTicketTypeRequestTicketAttributesDict",
    "CloseConversationRequest",
    "CloseConversationRequestDict",
    "CloseConversationRequestMessageType",
    "CloseConversationRequestType",
    "CollectAgentInputRequest",
    "CollectAgentInputRequestAttributeValuesItem",
    "CollectAgentInputRequestAttributeValuesItemDict",
    "CollectAgentInputRequestDict",
    "CollectProcedureAgentInputResult",
    "Collection",
    "CollectionList",
    "CollectionListType",
    "CompaniesBulkJob",
    "CompaniesBulkJobState",
    "CompaniesBulkJobTasksItem",
    "CompaniesBulkJobTasksItemState",
    "CompaniesBulkJobType",
    "Company",
    "CompanyAttachedContacts",
    "CompanyAttachedContactsType",
    "CompanyAttachedSegments",
    "CompanyAttachedSegmentsType",
    "CompanyCustomAttributes",
    "CompanyData",
    "CompanyDataType",
    "CompanyList",
    "CompanyListType",
    "CompanyNote",
    "CompanyNoteCompany",
    "CompanyNotes",
    "CompanyNotesType",
    "CompanyPlan",
    "CompanyScroll",
    "CompanyScrollType",
    "CompanySearchRequest",
    "CompanySearchRequestDict",
    "CompanySearchRequestSort",
    "CompanySearchRequestSortDict",
    "CompanySearchRequestSortOrder",
    "CompanySegments",
    "CompanySegmentsType",
    "CompanyTags",
    "CompanyTagsType",
    "CompanyType",
    "Contact",
    "ContactActivity",
    "ContactActivityEventType",
    "ContactActivityList",
    "ContactActivityListPages",
    "ContactActivityListPagesType",
    "ContactActivityListType",
    "ContactActivityType",
    "ContactArchived",
    "ContactAttachedCompanies",
    "ContactAttachedCompaniesType",
    "ContactAvatar",
    "ContactBlocked",
    "ContactCompanies",
    "ContactCustomAttributes",
    "ContactDeleted",
    "ContactList",
    "ContactListType",
    "ContactLocation",
    "ContactNotes",
    "ContactReference",
    "ContactReferenceType",
    "ContactReplyBaseRequest",
    "ContactReplyBaseRequestDict",
    "ContactReplyBaseRequestMessageType",
    "ContactReplyBaseRequestReplyOptionsItem",
    "ContactReplyBaseRequestReplyOptionsItemDict",
    "ContactReplyBaseRequestType",
    "ContactReplyEmailRequest",
    "ContactReplyEmailRequestDict",
    "ContactReplyIntercomUserIdRequest",
    "ContactReplyIntercomUserIdRequestDict",
    "ContactReplyTicketEmailRequest",
    "ContactReplyTicketEmailRequestDict",
    "ContactReplyTicketIntercomUserIdRequest",
    "ContactReplyTicketIntercomUserIdRequestDict",
    "ContactReplyTicketUserIdRequest",
    "ContactReplyTicketUserIdRequestDict",
    "ContactReplyUserIdRequest",
    "ContactReplyUserIdRequestDict",
    "ContactSearchRequest",
    "ContactSearchRequestDict",
    "ContactSearchRequestSort",
    "ContactSearchRequestSortDict",
    "ContactSearchRequestSortOrder",
    "ContactSegments",
    "ContactSegmentsType",
    "ContactSocialProfiles",
    "ContactSubscriptionTypes",
    "ContactTags",
    "ContactUnarchived",
    "ContactsBulkJob",
    "ContactsBulkJobState",
    "ContactsBulkJobTasksItem",
    "ContactsBulkJobTasksItemState",
    "ContactsBulkJobType",
    "ContentBulkActionRequest",
    "ContentBulkActionRequestAction",
    "ContentBulkActionRequestAudience",
    "ContentBulkActionRequestAudienceDict",
    "ContentBulkActionRequestAvailability",
    "ContentBulkActionRequestAvailabilityDict",
    "ContentBulkActionRequestContentIdsItem",
    "ContentBulkActionRequestContentIdsItemDict",
    "ContentBulkActionRequestContentIdsItemType",
    "ContentBulkActionRequestDict",
    "ContentBulkActionRequestTags",
    "ContentBulkActionRequestTagsDict",
    "ContentBulkActionResponse",
    "ContentImportSource",
    "ContentImportSourceStatus",
    "ContentImportSourceSyncBehavior",
    "ContentImportSourceType",
    "ContentImportSourcesList",
    "ContentImportSourcesListType",
    "ContentSearchArticleContentItem",
    "ContentSearchArticleContentItemType",
    "ContentSearchArticleItem",
    "ContentSearchArticleItemType",
    "ContentSearchDefaultItem",
    "ContentSearchDefaultItemType",
    "ContentSearchResponse",
    "ContentSearchResponseType",
    "ContentSnippet",
    "ContentSnippetCreateRequest",
    "ContentSnippetCreateRequestDict",
    "ContentSnippetCreateRequestJsonBlocksItem",
    "ContentSnippetCreateRequestJsonBlocksItemDict",
    "ContentSnippetJsonBlocksItem",
    "ContentSnippetList",
    "ContentSnippetListType",
    "ContentSnippetUpdateRequest",
    "ContentSnippetUpdateRequestDict",
    "ContentSnippetUpdateRequestJsonBlocksItem",
    "ContentSnippetUpdateRequestJsonBlocksItemDict",
    "ContentSource",
    "ContentSourceContentType",
    "ContentSourcesList",
    "ContentSourcesListType",
    "Conversation",
    "ConversationAttachmentFiles",
    "ConversationAttachmentFilesDict",
    "ConversationAttributeBase",
    "ConversationAttributeBaseDataType",
    "ConversationAttributeBaseType",
    "ConversationAttributeBooleanType",
    "ConversationAttributeBooleanTypeDataType",
    "ConversationAttributeDatetimeType",
    "ConversationAttributeDatetimeTypeDataType",
    "ConversationAttributeDecimalType",
    "ConversationAttributeDecimalTypeDataType",
    "ConversationAttributeFilesType",
    "ConversationAttributeFilesTypeDataType",
    "ConversationAttributeIntegerType",
    "ConversationAttributeIntegerTypeDataType",
    "ConversationAttributeList",
    "ConversationAttributeListType",
    "ConversationAttributeListTypeDataType",
    "ConversationAttributeListTypeEnum",
    "ConversationAttributeOption",
    "ConversationAttributeRelationshipType",
    "ConversationAttributeRelationshipTypeDataType",
    "ConversationAttributeRelationshipTypeReference",
    "ConversationAttributeRelationshipTypeReferenceType",
    "ConversationAttributeStringType",
    "ConversationAttributeStringTypeDataType",
    "ConversationAttributeUpdatedByAdmin",
    "ConversationAttributeUpdatedByAdminAttribute",
    "ConversationAttributeUpdatedByAdminValue",
    "ConversationAttributeUpdatedByUser",
    "ConversationAttributeUpdatedByUserAttribute",
    "ConversationAttributeUpdatedByUserValue",
    "ConversationAttributeUpdatedByWorkflow",
    "ConversationAttributeUpdatedByWorkflowAttribute",
    "ConversationAttributeUpdatedByWorkflowValue",
    "ConversationAttributeUpdatedByWorkflowWorkflow",
    "ConversationChannel",
    "ConversationContacts",
    "ConversationContactsType",
    "ConversationDeleted",
    "ConversationDeletedObject",
    "ConversationExternalReference",
    "ConversationFirstContactReply",
    "ConversationList",
    "ConversationListType",
    "ConversationMonitorEvaluation",
    "ConversationPart",
    "ConversationPartAuthor",
    "ConversationPartMetadata",
    "ConversationPartState",
    "ConversationParts",
    "ConversationPartsType",
    "ConversationPriority",
    "ConversationRating",
    "ConversationResponseTime",
    "ConversationScorecard",
    "ConversationScorecardEvaluator",
    "ConversationScorecardEvaluatorResult",
    "ConversationScorecardReviewedTeammate",
    "ConversationScorecardReviewedTeammateType",
    "ConversationSlaAppliedByRule",
    "ConversationSlaAppliedByRuleSlaDefinition",
    "ConversationSlaAppliedByWorkflow",
    "ConversationSlaAppliedByWorkflowSlaDefinition",
    "ConversationSlaPaused",
    "ConversationSlaPausedCurrentSlaStatus",
    "ConversationSlaPausedSlaStates",
    "ConversationSlaPausedSlaStatesAdditionalProperty",
    "ConversationSlaPausedSlaStatesAdditionalPropertyStatus",
    "ConversationSlaRemoved",
    "ConversationSlaTargetMissed",
    "ConversationSlaTargetMissedCurrentSlaStatus",
    "ConversationSlaTargetMissedSlaStates",
    "ConversationSlaTargetMissedSlaStatesAdditionalProperty",
    "ConversationSlaTargetMissedSlaStatesAdditionalPropertyStatus",
    "ConversationSlaTargetMissedSlaTargetType",
    "ConversationSlaUnpaused",
    "ConversationSource",
    "ConversationSourceAuthor",
    "ConversationSourceRecipientsItem",
    "ConversationSourceReplyToItem",
    "ConversationState",
    "ConversationStatistics",
    "ConversationTagsUpdated",
    "ConversationTeammates",
    "ConvertConversationToTicketRequest",
    "ConvertConversationToTicketRequestDict",
    "ConvertVisitorRequest",
    "ConvertVisitorRequestDict",
    "ConvertVisitorRequestUser",
    "ConvertVisitorRequestUserDict",
    "ConvertVisitorRequestVisitor",
    "ConvertVisitorRequestVisitorDict",
    "CreateArticleRequest",
    "CreateArticleRequestDict",
    "CreateArticleRequestState",
    "CreateAudienceRequest",
    "CreateAudienceRequestDict",
    "CreateCollectionRequest",
    "CreateCollectionRequestDict",
    "CreateCompanyNoteBody",
    "CreateCompanyNoteBodyDict",
    "CreateContactRequest",
    "CreateContactRequestCustomAttributes",
    "CreateContactRequestCustomAttributesDict",
    "CreateContactRequestDict",
    "CreateContentImportSourceRequest",
    "CreateContentImportSourceRequestDict",
    "CreateContentImportSourceRequestStatus",
    "CreateContentImportSourceRequestSyncBehavior",
    "CreateConversationAttributeBooleanRequest",
    "CreateConversationAttributeBooleanRequestDataType",
    "CreateConversationAttributeBooleanRequestDict",
    "CreateConversationAttributeDatetimeRequest",
    "CreateConversationAttributeDatetimeRequestDataType",
    "CreateConversationAttributeDatetimeRequestDict",
    "CreateConversationAttributeDecimalRequest",
    "CreateConversationAttributeDecimalRequestDataType",
    "CreateConversationAttributeDecimalRequestDict",
    "CreateConversationAttributeFilesRequest",
    "CreateConversationAttributeFilesRequestDataType",
    "CreateConversationAttributeFilesRequestDict",
    "CreateConversationAttributeIntegerRequest",
    "CreateConversationAttributeIntegerRequestDataType",
    "CreateConversationAttributeIntegerRequestDict",
    "CreateConversationAttributeListRequest",
    "CreateConversationAttributeListRequestDataType",
    "CreateConversationAttributeListRequestDict",
    "CreateConversationAttributeOptionRequest",
    "CreateConversationAttributeOptionRequestDict",
    "CreateConversationAttributeRelationshipRequest",
    "CreateConversationAttributeRelationshipRequestDataType",
    "CreateConversationAttributeRelationshipRequestDict",
    "CreateConversationAttributeRelationshipRequestReference",
    "CreateConversationAttributeRelationshipRequestReferenceDict",
    "CreateConversationAttributeRelationshipRequestReferenceType",
    "CreateConversationAttributeRequestBase",
    "CreateConversationAttributeRequestBaseDataType",
    "CreateConversationAttributeRequestBaseDict",
    "CreateConversationAttributeStringRequest",
    "CreateConversationAttributeStringRequestDataType",
    "CreateConversationAttributeStringRequestDict",
    "CreateConversationRequest",
    "CreateConversationRequestDict",
    "CreateConversationRequestFrom",
    "CreateConversationRequestFromDict",
    "CreateConversationRequestFromType",
    "CreateDataAttributeRequestListAttribute",
    "CreateDataAttributeRequestListAttributeDataType",
    "CreateDataAttributeRequestListAttributeDict",
    "CreateDataAttributeRequestListAttributeModel",
    "CreateDataAttributeRequestListAttributeOptionsItem",
    "CreateDataAttributeRequestListAttributeOptionsItemDict",
    "CreateDataAttributeRequestOtherType",
    "CreateDataAttributeRequestOtherTypeDataType",
    "CreateDataAttributeRequestOtherTypeDict",
    "CreateDataAttributeRequestOtherTypeModel",
    "CreateDataConnectorRequest",
    "CreateDataConnectorRequestAudiencesItem",
    "CreateDataConnectorRequestDataInputsItem",
    "CreateDataConnectorRequestDataInputsItemDict",
    "CreateDataConnectorRequestDataInputsItemType",
    "CreateDataConnectorRequestDict",
    "CreateDataConnectorRequestHeadersItem",
    "CreateDataConnectorRequestHeadersItemDict",
    "CreateDataConnectorRequestHttpMethod",
    "CreateDataConnectorRequestMockResponse",
    "CreateDataConnectorRequestMockResponseDict",
    "CreateDataEventRequest",
    "CreateDataEventRequestDict",
    "CreateDataEventRequestMetadata",
    "CreateDataEventRequestMetadataDict",
    "CreateDataEventSummariesRequest",
    "CreateDataEventSummariesRequestDict",
    "CreateDataEventSummariesRequestEventSummaries",
    "CreateDataEventSummariesRequestEventSummariesDict",
    "CreateDataExportsRequest",
    "CreateDataExportsRequestDict",
    "CreateExternalPageRequest",
    "CreateExternalPageRequestDict",
    "CreateExternalPageRequestLocale",
    "CreateFolderBody",
    "CreateFolderBodyDict",
    "CreateFolderBodyFolder",
    "CreateFolderBodyFolderDict",
    "CreateHelpCenterRedirectRequest",
    "CreateHelpCenterRedirectRequestDict",
    "CreateHelpCenterRedirectRequestTargetType",
    "CreateIdentityVerificationSecretRequest",
    "CreateIdentityVerificationSecretRequestDict",
    "CreateInternalArticleRequest",
    "CreateInternalArticleRequestDict",
    "CreateMessageRequest",
    "CreateMessageRequestDict",
    "CreateMessageRequestFrom",
    "CreateMessageRequestFromDict",
    "CreateMessageRequestFromType",
    "CreateMessageRequestMessageType",
    "CreateNoteBody",
    "CreateNoteBodyDict",
    "CreateOfficeHoursExceptionRequest",
    "CreateOfficeHoursExceptionRequestDict",
    "CreateOfficeHoursExceptionRequestExceptionType",
    "CreateOfficeHoursScheduleRequest",
    "CreateOfficeHoursScheduleRequestDict",
    "CreateOrUpdateCompanyRequest",
    "CreateOrUpdateCompanyRequestCustomAttributes",
    "CreateOrUpdateCompanyRequestCustomAttributesDict",
    "CreateOrUpdateCompanyRequestDict",
    "CreateOrUpdateCustomObjectInstanceRequest",
    "CreateOrUpdateCustomObjectInstanceRequestCustomAttributes",
    "CreateOrUpdateCustomObjectInstanceRequestCustomAttributesDict",
    "CreateOrUpdateCustomObjectInstanceRequestDict",
    "CreateOrUpdateTagRequest",
    "CreateOrUpdateTagRequestDict",
    "CreatePhoneSwitchBadRequest",
    "CreatePhoneSwitchBadRequestDict",
    "CreatePhoneSwitchRequest",
    "CreatePhoneSwitchRequestDict",
    "CreatePhoneSwitchUnprocessableEntity",
    "CreatePhoneSwitchUnprocessableEntityDict",
    "CreateTicketBody",
    "CreateTicketBodyDict",
    "CreateTicketRequest",
    "CreateTicketRequestAssignment",
    "CreateTicketRequestAssignmentDict",
    "CreateTicketRequestContactWithEmail",
    "CreateTicketRequestContactWithEmailDict",
    "CreateTicketRequestContactWithExternalId",
    "CreateTicketRequestContactWithExternalIdDict",
    "CreateTicketRequestContactWithId",
    "CreateTicketRequestContactWithIdDict",
    "CreateTicketRequestDict",
    "CreateTicketTypeAttributeRequest",
    "CreateTicketTypeAttributeRequestDataType",
    "CreateTicketTypeAttributeRequestDict",
    "CreateTicketTypeRequest",
    "CreateTicketTypeRequestCategory",
    "CreateTicketTypeRequestDict",
    "CursorPages",
    "CursorPagesType",
    "CustomActionFinished",
    "CustomActionFinishedAction",
    "CustomActionFinishedActionResult",
    "CustomActionStarted",
    "CustomActionStartedAction",
    "CustomAttributes",
    "CustomAttributesDict",
    "CustomObjectInstance",
    "CustomObjectInstanceCustomAttributes",
    "CustomObjectInstanceCustomAttributesDict",
    "CustomObjectInstanceDeleted",
    "CustomObjectInstanceDict",
    "CustomObjectInstanceList",
    "CustomObjectInstanceListDict",
    "CustomObjectInstancesPaginatedList",
    "CustomObjectInstancesPaginatedListType",
    "CustomerRequestEmail",
    "CustomerRequestEmailDict",
    "CustomerRequestIntercomUserId",
    "CustomerRequestIntercomUserIdDict",
    "CustomerRequestUserId",
    "CustomerRequestUserIdDict",
    "DataAttribute",
    "DataAttributeDataType",
    "DataAttributeList",
    "DataAttributeListType",
    "DataAttributeModel",
    "DataAttributeType",
    "DataConnector",
    "DataConnectorDetail",
    "DataConnectorDetailAudiencesItem",
    "DataConnectorDetailConfigurationResponseType",
    "DataConnectorDetailDataInputsItem",
    "DataConnectorDetailDataInputsItemType",
    "DataConnectorDetailDataTransformationType",
    "DataConnectorDetailExecutionType",
    "DataConnectorDetailHeadersItem",
    "DataConnectorDetailHttpMethod",
    "DataConnectorDetailObjectMappingsItem",
    "DataConnectorDetailObjectMappingsItemAttributeMappingsItem",
    "DataConnectorDetailObjectMappingsItemAttributeMappingsItemMappingType",
    "DataConnectorDetailObjectMappingsItemIntercomObjectType",
    "DataConnectorDetailObjectMappingsItemReferenceMappingsItem",
    "DataConnectorDetailObjectMappingsItemReferenceMappingsItemIntercomObjectType",
    "DataConnectorDetailResponseFieldsItem",
    "DataConnectorDetailResponseFieldsItemType",
    "DataConnectorDetailState",
    "DataConnectorDetailType",
    "DataConnectorExecutionResult",
    "DataConnectorExecutionResultErrorType",
    "DataConnectorExecutionResultHttpMethod",
    "DataConnectorExecutionResultList",
    "DataConnectorExecutionResultListPages",
    "DataConnectorExecutionResultListPagesType",
    "DataConnectorExecutionResultListType",
    "DataConnectorExecutionResultSourceType",
    "DataConnectorExecutionResultType",
    "DataConnectorHttpMethod",
    "DataConnectorList",
    "DataConnectorListPages",
    "DataConnectorListPagesType",
    "DataConnectorListType",
    "DataConnectorState",
    "DataConnectorType",
    "DataEvent",
    "DataEventDict",
    "DataEventList",
    "DataEventListDict",
    "DataEventListPages",
    "DataEventListPagesDict",
    "DataEventListType",
    "DataEventMetadata",
    "DataEventMetadataDict",
    "DataEventSummary",
    "DataEventSummaryItem",
    "DataEventSummaryType",
    "DataEventType",
    "DataExport",
    "DataExportCsv",
    "DataExportCsvDict",
    "DataExportStatus",
    "DeletedArticleObject",
    "DeletedArticleObjectObject",
    "DeletedCollectionObject",
    "DeletedCollectionObjectObject",
    "DeletedCompanyObject",
    "DeletedCompanyObjectObject",
    "DeletedConversationItem",
    "DeletedConversationList",
    "DeletedDataConnectorObject",
    "DeletedDataConnectorObjectObject",
    "DeletedFolderObject",
    "DeletedFolderObjectObject",
    "DeletedHelpCenterRedirectObject",
    "DeletedHelpCenterRedirectObjectObject",
    "DeletedInternalArticleObject",
    "DeletedInternalArticleObjectObject",
    "DeletedObject",
    "DeletedObjectObject",
    "DetachContactFromConversationRequest",
    "DetachContactFromConversationRequestDict",
    "DetachTagFromConversationBody",
    "DetachTagFromConversationBodyDict",
    "DetachTagFromTicketBody",
    "DetachTagFromTicketBodyDict",
    "EcommerceCatalogProduct",
    "EcommerceCatalogProductAdditionalData",
    "EcommerceCatalogProductAdditionalDataDict",
    "EcommerceCatalogProductAvailableOptionsItem",
    "EcommerceCatalogProductAvailableOptionsItemDict",
    "EcommerceCatalogProductCollectionWithTitle",
    "EcommerceCatalogProductCollectionWithTitleDict",
    "EcommerceCatalogProductDict",
    "EcommerceCatalogUploadPartResponse",
    "EcommerceCatalogUploadResponse",
    "EcommerceCatalogUploadResponseStatus",
    "EcommerceCatalogVariant",
    "EcommerceCatalogVariantDict",
    "EcommerceCatalogVariantSelectedOptionsItem",
    "EcommerceCatalogVariantSelectedOptionsItemDict",
    "EmailAddressHeader",
    "EmailList",
    "EmailMessageMetadata",
    "EmailSetting",
    "EnqueueCreateTicketBody",
    "EnqueueCreateTicketBodyDict",
    "Error",
    "ErrorDict",
    "ErrorErrorsItem",
    "ErrorErrorsItemDict",
    "EscalateFinConversationBody",
    "EscalateFinConversationBodyDict",
    "EscalateFinConversationBodyUser",
    "EscalateFinConversationBodyUserDict",
    "EscalateFinConversationResult",
    "EscalateFinConversationResultStatus",
    "ExternalPage",
    "ExternalPageLocale",
    "ExternalPageType",
    "ExternalPagesList",
    "ExternalPagesListType",
    "FileAttribute",
    "FinAgentAttachment",
    "FinAgentAttachmentDict",
    "FinAgentAttachmentType",
    "FinAgentAttributeErrors",
    "FinAgentAttributeErrorsConversation",
    "FinAgentAttributeErrorsConversationAttributes",
    "FinAgentAttributeErrorsUser",
    "FinAgentAttributeErrorsUserAttributes",
    "FinAgentConversationMetadata",
    "FinAgentConversationMetadataAttributes",
    "FinAgentConversationMetadataAttributesDict",
    "FinAgentConversationMetadataDict",
    "FinAgentCsatRequestedEvent",
    "FinAgentCsatRequestedEventCsat",
    "FinAgentCsatRequestedEventCsatDict",
    "FinAgentCsatRequestedEventCsatOptionsItem",
    "FinAgentCsatRequestedEventCsatOptionsItemDict",
    "FinAgentCsatRequestedEventCsatOptionsItemKey",
    "FinAgentCsatRequestedEventDict",
    "FinAgentCsatRequestedEventEventName",
    "FinAgentMessage",
    "FinAgentMessageAuthor",
    "FinAgentMessageDict",
    "FinAgentRepliedEvent",
    "FinAgentRepliedEventDict",
    "FinAgentRepliedEventEventName",
    "FinAgentRepliedEventMessage",
    "FinAgentRepliedEventMessageAuthor",
    "FinAgentRepliedEventMessageDict",
    "FinAgentRepliedEventStatus",
    "FinAgentReplyChunkEvent",
    "FinAgentReplyChunkEventDict",
    "FinAgentReplyChunkEventEventName",
    "FinAgentReplyChunkEventStatus",
    "FinAgentSettings",
    "FinAgentSettingsDict",
    "FinAgentStatusUpdatedEvent",
    "FinAgentStatusUpdatedEventDict",
    "FinAgentStatusUpdatedEventEventName",
    "FinAgentStatusUpdatedEventStatus",
    "FinAgentUser",
    "FinAgentUserAttributes",
    "FinAgentUserAttributesDict",
    "FinAgentUserDict",
    "FinCapabilities",
    "FinCapability",
    "Folder",
    "FolderList",
    "FolderListType",
    "GetDownloadReportingDataJobIdentifierAccept",
    "GroupContent",
    "GroupContentDict",
    "GroupContentType",
    "GroupTranslatedContent",
    "GroupTranslatedContentDict",
    "GroupTranslatedContentType",
    "HandlingEvent",
    "HandlingEventList",
    "HandlingEventType",
    "HelpCenter",
    "HelpCenterList",
    "HelpCenterListType",
    "HelpCenterRedirect",
    "HelpCenterRedirectList",
    "HelpCenterRedirectListType",
    "HelpCenterRedirectTargetType",
    "HelpCenterRedirectType",
    "IdentityVerificationSecret",
    "IdentityVerificationSecretList",
    "IdentityVerificationSecretListType",
    "IdentityVerificationSecretWithMaterial",
    "IntercomVersion",
    "InternalArticleList",
    "InternalArticleListItem",
    "InternalArticleListItemType",
    "InternalArticleListType",
    "InternalArticleSearchResponse",
    "InternalArticleSearchResponseData",
    "InternalArticleSearchResponseType",
    "Jobs",
    "JobsStatus",
    "JobsType",
    "LinkConversationToTicketBody",
    "LinkConversationToTicketBodyDict",
    "LinkedObject",
    "LinkedObjectCategory",
    "LinkedObjectList",
    "LinkedObjectListType",
    "LinkedObjectType",
    "ListCallsWithTranscriptsBody",
    "ListCallsWithTranscriptsBodyDict",
    "ListContactMergeHistoryOrder",
    "ListDataAttributesModel",
    "ListDataConnectorExecutionResultsErrorType",
    "ListDataConnectorExecutionResultsIncludeBodies",
    "ListDataConnectorExecutionResultsSuccess",
    "ListFinCapabilitiesBody",
    "ListFinCapabilitiesBodyDict",
    "ListFinCapabilitiesBodyUser",
    "ListFinCapabilitiesBodyUserDict",
    "Macro",
    "MacroAvailableOnItem",
    "MacroList",
    "MacroListPages",
    "MacroListPagesType",
    "MacroListType",
    "MacroType",
    "MacroVisibleTo",
    "MergeContactsRequest",
    "MergeContactsRequestDict",
    "MergeConversationsRequest",
    "MergeConversationsRequestDict",
    "MergeHistoryItem",
    "MergeHistoryItemSourceContactRole",
    "MergeHistoryList",
    "MergeHistoryListType",
    "MergePreviewAllowed",
    "MergePreviewAttributeChange",
    "MergePreviewAttributeChangeOutcome",
    "MergePreviewAttributeChanges",
    "MergePreviewBlocked",
    "MergePreviewReason",
    "MergePreviewReasonCode",
    "MergePreviewReassignments",
    "MergePreviewReassignmentsConversations",
    "MergePreviewReassignmentsNotes",
    "MergePreviewReassignmentsPhoneCalls",
    "MergePreviewReassignmentsTags",
    "MergePreviewReassignmentsTickets",
    "MergePreviewRequest",
    "MergePreviewRequestDict",
    "MergePreviewSummary",
    "Message",
    "MessageMessageType",
    "Metadata",
    "MultipleFilterSearchRequest",
    "MultipleFilterSearchRequestDict",
    "MultipleFilterSearchRequestOperator",
    "NewsItem",
    "NewsItemRequest",
    "NewsItemRequestDict",
    "NewsItemRequestState",
    "NewsItemState",
    "NewsItemType",
    "Newsfeed",
    "NewsfeedAssignment",
    "NewsfeedAssignmentDict",
    "NewsfeedType",
    "NextPageCursor",
    "Note",
    "NoteCompany",
    "NoteContact",
    "NoteList",
    "OfficeHoursDeleted",
    "OfficeHoursException",
    "OfficeHoursExceptionExceptionType",
    "OfficeHoursExceptionList",
    "OfficeHoursSchedule",
    "OfficeHoursScheduleList",
    "OfficeHoursTimeInterval",
    "OfficeHoursTimeIntervalDict",
    "OpenConversationRequest",
    "OpenConversationRequestDict",
    "OpenConversationRequestMessageType",
    "OperatorWorkflowEvent",
    "OperatorWorkflowEventEvent",
    "OperatorWorkflowEventWorkflow",
    "PagesLink",
    "PagesLinkType",
    "PagesLinkWithPrev",
    "PaginatedResponse",
    "PaginatedResponseType",
    "PartAttachment",
    "PhoneSwitch",
    "PhoneSwitchType",
    "PostExportReportingDataEnqueueBody",
    "PostExportReportingDataEnqueueBodyDict",
    "Predicate",
    "PredicateDict",
    "PriorityChanged",
    "PriorityChangedCurrentPriority",
    "PriorityChangedPreviousPriority",
    "PublishArticleDraftRequest",
    "PublishArticleDraftRequestDict",
    "QuickReplyOption",
    "QuickReplyOptionDict",
    "QuickReplyOptionWithTranslations",
    "QuickReplyOptionWithTranslationsTranslations",
    "Recipient",
    "RecipientDict",
    "RecipientType",
    "RedactConversationRequestRedactConversationPartRequest",
    "RedactConversationRequestRedactConversationPartRequestDict",
    "RedactConversationRequestRedactConversationPartRequestType",
    "RedactConversationRequestRedactConversationSourceRequest",
    "RedactConversationRequestRedactConversationSourceRequestDict",
    "RedactConversationRequestRedactConversationSourceRequestType",
    "Reference",
    "RegisterFinVoiceCallRequest",
    "RegisterFinVoiceCallRequestData",
    "RegisterFinVoiceCallRequestDataDict",
    "RegisterFinVoiceCallRequestDict",
    "RegisterFinVoiceCallRequestSource",
    "ReplyTicketRequestAdminReplyTicketRequest",
    "ReplyTicketRequestAdminReplyTicketRequestDict",
    "ReplyTicketRequestContactReplyTicketEmailRequest",
    "ReplyTicketRequestContactReplyTicketEmailRequestDict",
    "ReplyTicketRequestContactReplyTicketIntercomUserIdRequest",
    "ReplyTicketRequestContactReplyTicketIntercomUserIdRequestDict",
    "ReplyTicketRequestContactReplyTicketUserIdRequest",
    "ReplyTicketRequestContactReplyTicketUserIdRequestDict",
    "ReplyToFinBody",
    "ReplyToFinBodyDict",
    "ReplyToFinResult",
    "ReplyToFinResultStatus",
    "ReplyTranslations",
    "ReportingDataExportJob",
    "ReportingDataset",
    "ReportingDatasetAttribute",
    "ReportingDatasetList",
    "RetrieveDataConnectorStateVersion",
    "RunFinProcedureBody",
    "RunFinProcedureBodyConversationMetadata",
    "RunFinProcedureBodyConversationMetadataAttributes",
    "RunFinProcedureBodyConversationMetadataAttributesDict",
    "RunFinProcedureBodyConversationMetadataDict",
    "RunFinProcedureBodyDict",
    "RunFinProcedureBodySettings",
    "RunFinProcedureBodySettingsDict",
    "RunFinProcedureResult",
    "RunFinProcedureResultStatus",
    "SalesAgent",
    "SalesAgentCollectedData",
    "SalesAgentOutcome",
    "SearchActivityLogsBody",
    "SearchActivityLogsBodyDict",
    "SearchContentContentTypesItem",
    "SearchContentCopilotState",
    "SearchContentFinSalesState",
    "SearchContentFinServiceState",
    "SearchContentFolderEntityType",
    "SearchContentStatesItem",
    "SearchContentTagOperator",
    "SearchRequest",
    "SearchRequestDict",
    "Segment",
    "SegmentList",
    "SegmentListPages",
    "SegmentListType",
    "SegmentPersonType",
    "SegmentType",
    "SetAwayAdminBody",
    "SetAwayAdminBodyDict",
    "SideConversationList",
    "SideConversationListPages",
    "SideConversationListPagesType",
    "SideConversationListType",
    "SideConversationSummary",
    "SingleFilterSearchRequest",
    "SingleFilterSearchRequestDict",
    "SingleFilterSearchRequestOperator",
    "SlaApplied",
    "SlaAppliedSlaStatus",
    "SnoozeConversationRequest",
    "SnoozeConversationRequestDict",
    "SnoozeConversationRequestMessageType",
    "Snoozed",
    "SocialProfile",
    "SourceEmailMessageMetadata",
    "StartFinConversationBody",
    "StartFinConversationBodyDict",
    "StartFinConversationResult",
    "StartFinConversationResultStatus",
    "StartingAfterPaging",
    "StartingAfterPagingDict",
    "SubmitFinCsatBody",
    "SubmitFinCsatBodyDict",
    "SubmitFinCsatBodyRating",
    "SubmitFinCsatResult",
    "SubmitFinCsatResultRating",
    "SubmitFinCsatResultStatus",
    "SubmitFinCsatUnprocessableEntity",
    "SubmitFinCsatUnprocessableEntityDict",
    "SubmitFinCsatUnprocessableEntityErrors",
    "SubmitFinCsatUnprocessableEntityErrorsDict",
    "SubscriptionType",
    "SubscriptionTypeConsentType",
    "SubscriptionTypeContentTypesItem",
    "SubscriptionTypeList",
    "SubscriptionTypeListType",
    "SubscriptionTypeState",
    "Tag",
    "TagBasic",
    "TagCompanyRequest",
    "TagCompanyRequestCompaniesItem",
    "TagCompanyRequestCompaniesItemDict",
    "TagCompanyRequestDict",
    "TagCreateResponse",
    "TagCreateResponseCompaniesItem",
    "TagCreateResponseUsersItem",
    "TagList",
    "TagListType",
    "TagMultipleUsersRequest",
    "TagMultipleUsersRequestDict",
    "TagMultipleUsersRequestUsersItem",
    "TagMultipleUsersRequestUsersItemDict",
    "Tags",
    "TagsType",
    "Team",
    "TeamList",
    "TeamListType",
    "TeamMetric",
    "TeamMetricList",
    "TeamPriorityLevel",
    "TeammateReference",
    "TeammateReferenceType",
    "Ticket",
    "TicketCategory",
    "TicketContacts",
    "TicketContactsType",
    "TicketCustomAttributes",
    "TicketDeleted",
    "TicketDeletedObject",
    "TicketList",
    "TicketListType",
    "TicketPart",
    "TicketPartAuthor",
    "TicketPartAuthorType",
    "TicketPartPreviousTicketState",
    "TicketPartTicketState",
    "TicketPartUpdatedAttributeData",
    "TicketPartUpdatedAttributeDataAttribute",
    "TicketPartUpdatedAttributeDataAttributeType",
    "TicketPartUpdatedAttributeDataValue",
    "TicketPartUpdatedAttributeDataValueType",
    "TicketParts",
    "TicketPartsType",
    "TicketReply",
    "TicketReplyPartType",
    "TicketReplyType",
    "TicketRequestCustomAttributes",
    "TicketRequestCustomAttributesDict",
    "TicketState",
    "TicketStateCategory",
    "TicketStateDetailed",
    "TicketStateDetailedCategory",
    "TicketStateList",
    "TicketType",
    "TicketTypeAttribute",
    "TicketTypeAttributeInputOptions",
    "TicketTypeAttributeList",
    "TicketTypeCategory",
    "TicketTypeEnum",
    "TicketTypeList",
    "TicketTypeTicketStates",
    "Translation",
    "UntagCompanyRequest",
    "UntagCompanyRequestCompaniesItem",
    "UntagCompanyRequestCompaniesItemDict",
    "UntagCompanyRequestDict",
    "UpdateArticleRequest",
    "UpdateArticleRequestDict",
    "UpdateArticleRequestState",
    "UpdateAudienceRequest",
    "UpdateAudienceRequestDict",
    "UpdateCollectionRequest",
    "UpdateCollectionRequestDict",
    "UpdateContactRequest",
    "UpdateContactRequestCustomAttributes",
    "UpdateContactRequestCustomAttributesDict",
    "UpdateContactRequestDict",
    "UpdateContentImportSourceRequest",
    "UpdateContentImportSourceRequestDict",
    "UpdateContentImportSourceRequestStatus",
    "UpdateContentImportSourceRequestSyncBehavior",
    "UpdateConversationAttributeOptionRequest",
    "UpdateConversationAttributeOptionRequestDict",
    "UpdateConversationAttributeRequest",
    "UpdateConversationAttributeRequestDict",
    "UpdateConversationAttributeRequestReference",
    "UpdateConversationAttributeRequestReferenceDict",
    "UpdateConversationAttributeRequestReferenceType",
    "UpdateConversationPartRequest",
    "UpdateConversationPartRequestDict",
    "UpdateConversationRequest",
    "UpdateConversationRequestDict",
    "UpdateConversationRequestPriority",
    "UpdateDataAttributeRequestListAttribute",
    "UpdateDataAttributeRequestListAttributeDict",
    "UpdateDataAttributeRequestListAttributeOptionsItem",
    "UpdateDataAttributeRequestListAttributeOptionsItemDict",
    "UpdateDataAttributeRequestOtherType",
    "UpdateDataAttributeRequestOtherTypeDict",
    "UpdateDataConnectorRequest",
    "UpdateDataConnectorRequestAudiencesItem",
    "UpdateDataConnectorRequestDataInputsItem",
    "UpdateDataConnectorRequestDataInputsItemDict",
    "UpdateDataConnectorRequestDataInputsItemType",
    "UpdateDataConnectorRequestDict",
    "UpdateDataConnectorRequestHeadersItem",
    "UpdateDataConnectorRequestHeadersItemDict",
    "UpdateDataConnectorRequestHttpMethod",
    "UpdateDataConnectorRequestMockResponse",
    "UpdateDataConnectorRequestMockResponseDict",
    "UpdateDataConnectorRequestState",
    "UpdateExternalPageRequest",
    "UpdateExternalPageRequestDict",
    "UpdateExternalPageRequestLocale",
    "UpdateFolderBody",
    "UpdateFolderBodyDict",
    "UpdateFolderBodyFolder",
    "UpdateFolderBodyFolderDict",
    "UpdateInternalArticleRequest",
    "UpdateInternalArticleRequestDict",
    "UpdateOfficeHoursExceptionRequest",
    "UpdateOfficeHoursExceptionRequestDict",
    "UpdateOfficeHoursExceptionRequestExceptionType",
    "UpdateOfficeHoursScheduleRequest",
    "UpdateOfficeHoursScheduleRequestDict",
    "UpdateTeamMembersRequest",
    "UpdateTeamMembersRequestDict",
    "UpdateTicketBody",
    "UpdateTicketBodyDict",
    "UpdateTicketRequest",
    "UpdateTicketRequestDict",
    "UpdateTicketRequestTicketAttributes",
    "UpdateTicketRequestTicketAttributesDict",
    "UpdateTicketTypeAttributeRequest",
    "UpdateTicketTypeAttributeRequestDict",
    "UpdateTicketTypeRequest",
    "UpdateTicketTypeRequestCategory",
    "UpdateTicketTypeRequestDict",
    "UpdateVisitorRequest",
    "UpdateVisitorRequestCustomAttributes",
    "UpdateVisitorRequestCustomAttributesDict",
    "UpdateVisitorRequestDict",
    "UploadEcommerceCatalogBody",
    "UploadEcommerceCatalogBodyDict",
    "UploadEcommerceCatalogBodyFinalize",
    "Visitor",
    "VisitorAvatar",
    "VisitorCompanies",
    "VisitorCompaniesType",
    "VisitorCustomAttributes",
    "VisitorDeletedObject",
    "VisitorDeletedObjectDict",
    "VisitorDeletedObjectType",
    "VisitorLocationData",
    "VisitorSegments",
    "VisitorSegmentsType",
    "VisitorSocialProfiles",
    "VisitorSocialProfilesType",
    "VisitorTags",
    "VisitorTagsTagsItem",
    "VisitorTagsTagsItemType",
    "VisitorTagsType",
    "WhatsappMessageStatus",
    "WhatsappMessageStatusError",
    "WhatsappMessageStatusList",
    "WhatsappMessageStatusListEventsItem",
    "WhatsappMessageStatusListEventsItemStatus",
    "WhatsappMessageStatusListEventsItemType",
    "WhatsappMessageStatusListPages",
    "WhatsappMessageStatusListPagesType",
    "WhatsappMessageStatusListType",
    "WhatsappMessageStatusStatus",
    "WorkflowExport",
    "WorkflowExportWorkflow",
    "WorkflowExportWorkflowAttributesItem",
    "WorkflowExportWorkflowEmbeddedRulesItem",
    "WorkflowExportWorkflowSnapshot",
    "WorkflowExportWorkflowState",
    "WorkflowExportWorkflowTargeting",
)
