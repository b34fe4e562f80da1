// Generated from libs/api-client/openapi.json by `npm run contract` (openapi-typescript). Do not edit.
export interface paths {
    "/activities/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An activity with its cycles, decisions, successors and live stage (a contact person: one their organization owns)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ActivitiesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{activityId}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate the cycle: end, continue (a new cycle) or scale up (a linked, wider activity), with a rationale
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["ActivitiesController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activities/{activityId}/execution/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execution is over: the evaluation task opens
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["ActivitiesController_finishExecution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail, newest first, filtered by program, phase, activity, cohort, person, organization, event type and time; cursor paging
         * @description Required role: Manager/auditor (Chef/granskare), Project office (Projektkontor).
         */
        get: operations["AuditController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the (filtered) audit trail as JSON Lines or CSV, streamed, with the chain head for later checking
         * @description Required role: Manager/auditor (Chef/granskare), Project office (Projektkontor).
         */
        get: operations["AuditController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Walk the hash chain: whether every entry is intact, and the first broken one
         * @description Required role: Manager/auditor (Chef/granskare), Project office (Projektkontor).
         */
        get: operations["AuditController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/workflows/{workflowId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A workflow's history and its children's, as a readable timeline: updates and signals with who sent them, timers, activities and their outcomes
         * @description Required role: Manager/auditor (Chef/granskare), Project office (Projektkontor).
         */
        get: operations["AuditController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calendar subscription (iCalendar): the open tasks and meetings of the person whose secret link this is */
        get: operations["CalendarFeedController_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A stream of what changes (server-sent events with ids only): the project office and managers get every change, others the changes that concern them
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson), Participant (Deltagare).
         */
        get: operations["ChangesController_changes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The cohort: capacity, admitted participants, the waiting list and the active and passive interest lists in order, offers
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["CohortsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/admissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Admit a registered person, up to the capacity (open offers hold their places)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_admit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/admissions/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Admit several registered people together (1 to 1,000): all or none, up to the capacity
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_admitMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cohort analytics: completed items per week, module shares, knowledge levels over time, advanced-track share, and weeks ahead of a reference cohort
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["CohortsController_analytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record who came to the info meeting
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_attendees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a focus-group evaluation: date, group, findings
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_evaluate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Conference and study visits and guest lectures, with who attended
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["CohortsController_events"];
        put?: never;
        /**
         * Record an event beside the modules: a conference or study visit, a guest lecture
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_addEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/events/{eventId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record who attended an event (admitted participants)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_attendance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The promotion history, oldest first: who was put on which list, admitted, offered a freed place (and from which list), who answered, whose offer expired, who withdrew or dropped out
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["CohortsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/interviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule an interview with a registered candidate: a task with a calendar invitation for the interviewer
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_scheduleInterview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/interviews/{personId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an interview's outcome (the interviewer or the project office): admit, a list, or not suitable
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["CohortsController_interviewOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a registered person on the waiting list or the active or passive interest list
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_placeOnList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/offers/{personId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer an offered place (the person themselves, or the project office for them); refused after its deadline
         * @description Required role: Project office (Projektkontor), Participant (Deltagare).
         */
        post: operations["CohortsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A participant's journey: assessment, tailored plan, weekly progress, weeks ahead of plan, open course material, project work, advanced track (a participant: their own)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Participant (Deltagare).
         */
        get: operations["CohortsController_journey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/advanced-track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a proposal for the advanced track
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_advancedTrack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the prior-knowledge assessment; the tailored weekly study plan follows from it
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_assess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The participant completes the program or drops out (a dropout frees the place for the next on the lists)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_leave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/level-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a follow-up assessment of the knowledge level in a program week (the development the report shows); the plan stays
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_assessLevel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a plan change agreed in a conversation (pace, ambition); the plan is regenerated
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_changePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a week's completed items; far enough ahead of plan proposes the advanced track
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_progress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/project/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Project work starts (after the study weeks, or once every item is done)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_startProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/participants/{personId}/project/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The project work is handed in; the participant can then complete the program
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_submitProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register interest (while the window after the info meeting is open)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The final cohort report from the data — admission, completed items per week, modules, knowledge levels, advanced track, reference comparison, focus groups — as JSON or Markdown
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["CohortsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorts/{id}/withdrawals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A participant leaves (or did not show up): the place is offered to the next person
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Database and Temporal connectivity, and the reconciler of workflow commands (public) */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the API process answers (public; checks no dependency) */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I: the signed-in person, role and permissions
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson), Participant (Deltagare).
         */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether I have a calendar subscription link (never the link itself)
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson), Participant (Deltagare).
         */
        get: operations["CalendarFeedController_status"];
        put?: never;
        /**
         * Create my calendar subscription link (shown once; replaces an earlier link)
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson), Participant (Deltagare).
         */
        post: operations["CalendarFeedController_create"];
        /**
         * Revoke my calendar subscription link
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson), Participant (Deltagare).
         */
        delete: operations["CalendarFeedController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change my language and how reminders reach me (one mail each, or a daily digest at a time of day)
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson), Participant (Deltagare).
         */
        patch: operations["MeController_preferences"];
        trace?: never;
    };
    "/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My tasks, soonest due first: open by default, or due soon / overdue (the project office and managers see all)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson), Participant (Deltagare).
         */
        get: operations["TasksController_inbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My API tokens (never the tokens themselves)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson), Participant (Deltagare).
         */
        get: operations["MeController_tokens"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations (a contact person sees only their own)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["OrganizationsController_list"];
        put?: never;
        /**
         * Create an organization (department, company, board, network)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["OrganizationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One organization
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["OrganizationsController_get"];
        put?: never;
        post?: never;
        /**
         * Remove an organization that has no persons
         * @description Required role: Project office (Projektkontor).
         */
        delete: operations["OrganizationsController_remove"];
        options?: never;
        head?: never;
        /**
         * Rename or retype an organization
         * @description Required role: Project office (Projektkontor).
         */
        patch: operations["OrganizationsController_update"];
        trace?: never;
    };
    "/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List persons (a contact person sees their own organization's)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PersonsController_list"];
        put?: never;
        /**
         * Register a person with a role (a contact person with their organization)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PersonsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One person
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PersonsController_get"];
        put?: never;
        post?: never;
        /**
         * Remove a person and their tokens
         * @description Required role: Project office (Projektkontor).
         */
        delete: operations["PersonsController_remove"];
        options?: never;
        head?: never;
        /**
         * Change a person's name, email, role, organization or permissions
         * @description Required role: Project office (Projektkontor).
         */
        patch: operations["PersonsController_update"];
        trace?: never;
    };
    "/persons/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a person on request (GDPR art. 17): name and email replaced everywhere, the pseudonymous id kept for the audit trail
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PersonsController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{id}/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a personal API token (yourself, or anyone for the project office); shown once
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson), Participant (Deltagare).
         */
        post: operations["PersonsController_issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List programs, newest first
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ProgramsController_list"];
        put?: never;
        /**
         * Create a program from a built-in template and start its workflow
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["ProgramsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A program's stored data merged with its workflow's live state
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ProgramsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Activities, filtered by matrix cell (focusArea, level), status or effect goal: the drill-down of the matrix (a contact person: their own organization's)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ActivitiesController_list"];
        put?: never;
        /**
         * Propose an activity (phase II); a contact person proposes for their own organization only
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["ActivitiesController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A program's cohorts, oldest first
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["CohortsController_list"];
        put?: never;
        /**
         * Start a cohort of a Fast Track program: its info meeting, then interest registration, admission and the three lists
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["CohortsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/collaboration-model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The collaboration model and the gate's decision maker (gateOwnerId; null for a contact person unless it is themselves or of their organization)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_collaborationModel"];
        /**
         * Assign bodies to the collaboration-model roles and name the steering group's decision maker, the one person who decides the gate
         * @description Required role: Project office (Projektkontor).
         */
        put: operations["PhaseOneController_setCollaborationModel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/communication-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The communication plan
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_communicationPlan"];
        put?: never;
        /**
         * Add a communication-plan item: channel, audience, one-off or continuous, due date (step communication-plan)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_addCommunicationItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/effect-goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Effect goals with the activities serving each (a contact person: their own organization's)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ActivitiesController_effectGoals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/focus-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The focus areas, with the needs per category that support the choice
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_focusAreas"];
        /**
         * Choose the focus areas (at most the template's number; exactly that many to complete the step), each linked to need categories
         * @description Required role: Project office (Projektkontor).
         */
        put: operations["PhaseOneController_setFocusAreas"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/gate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The steering group's gate decision: approve, return (with a comment) or stop; only by the decision maker named in the collaboration model (gateOwnerId, holding gate.decide) — anyone else gets 403
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["PhaseOneController_decideGate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/governance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The governance the program runs with: its template's lists with the program's overrides
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_governance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The activity matrix: focus areas × levels, counts by status per cell (a contact person: of their own organization's activities)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ActivitiesController_matrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Needs, by category or uncategorized
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_needs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/needs/categorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give needs categories from the program's list (steps gathering, categorization)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_categorize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/needs/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Needs per category (count and share), per session kind and per participant group
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The contact-person network: member organizations, cadence and meetings (attendance counted); a contact person sees no other organization's contact person (personId and contactPerson null, attendeeIds only their own organization's)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_network"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/network/meetings/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record attendance and minutes of a scheduled meeting (0 is the kickoff)
         * @description Required role: Project office (Projektkontor).
         */
        put: operations["PhaseOneController_recordMeeting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/network/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add the contact person of a department or company (one each)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/network/members/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * An organization's contact person leaves the network
         * @description Required role: Project office (Projektkontor).
         */
        delete: operations["PhaseOneController_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/network/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the network's workflow: the kickoff, then meetings at the program's cadence (step network)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_startNetwork"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace the question set (step plan-gathering)
         * @description Required role: Project office (Projektkontor).
         */
        put: operations["PhaseOneController_setQuestions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The phase report (delrapport) generated from the data: JSON, Markdown or HTML (format=, or the Accept header)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gathering sessions with their number of needs
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["PhaseOneController_sessions"];
        put?: never;
        /**
         * Plan a gathering session: workshop, interview or conversation (steps plan-gathering, gathering)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/sessions/{sessionId}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record one need from a session (step gathering)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_addNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/sessions/{sessionId}/needs/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a session's needs from CSV with the header "text,category,question" (category and question optional); a file with any bad row is refused whole, errors listed by row; dryRun=true checks the file and answers a preview without importing
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_importNeeds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/steps/{stepKey}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete the open step once its data is complete (e.g. every need categorized)
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["PhaseOneController_completeStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/{id}/yearly-planning-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly planning check: each member organization's confirmation that its annual plan follows the collaboration model (a contact person: their own organization's)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ActivitiesController_yearlyPlanningCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/programs/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The built-in templates a program is created from, with their phases, steps and gates
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson).
         */
        get: operations["ProgramsController_templates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a task for a person or an organization’s contact person, with reminders
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["TasksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One task
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare), Contact person (Kontaktperson), Participant (Deltagare).
         */
        get: operations["TasksController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Move a task’s due moment; reminders are rescheduled
         * @description Required role: Project office (Projektkontor).
         */
        patch: operations["TasksController_changeDueDate"];
        trace?: never;
    };
    "/tasks/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a task; no more reminders
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["TasksController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a task with the answer its form asks for
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["TasksController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand a task to another person (a contact person: within their organization)
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson).
         */
        post: operations["TasksController_reassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token (your own, or anyone’s for the project office)
         * @description Required role: Project office (Projektkontor), Contact person (Kontaktperson), Participant (Deltagare).
         */
        delete: operations["MeController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ui/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the web UI signs people in (public: read before sign-in) */
        get: operations["UiController_uiConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Webhook subscriptions (never their secrets)
         * @description Required role: Project office (Projektkontor), Manager/auditor (Chef/granskare).
         */
        get: operations["WebhooksController_list"];
        put?: never;
        /**
         * Subscribe another system to events (signed POSTs, retried until delivered); the signing secret is shown once
         * @description Required role: Project office (Projektkontor).
         */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop a webhook subscription
         * @description Required role: Project office (Projektkontor).
         */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddNetworkMemberDto: {
            /** Format: uuid */
            organizationId: string;
            /**
             * Format: uuid
             * @description A contact person of that organization
             */
            personId: string;
        };
        AdmitManyDto: {
            /** @description Person ids (1 to 1,000, distinct) */
            personIds: string[];
        };
        AnswerOfferDto: {
            /** @description true: take the place; false: decline it (it moves on) */
            accept: boolean;
        };
        AssessmentDto: {
            /**
             * @description Ambition agreed in the conversation (1 = as planned)
             * @example 1
             */
            ambition: number;
            /**
             * @description Prior knowledge, from basic to very good
             * @enum {string}
             */
            level: "basic" | "good" | "very-good";
            /**
             * @description One of the template's pace profiles
             * @example planned
             */
            paceKey: string;
            universityStudies: boolean;
        };
        AttendeesDto: {
            /** @description Person ids (1 to 1,000, distinct) */
            personIds: string[];
        };
        CalendarFeedView: {
            /** @description Whether the person has a subscription link */
            active: boolean;
            createdAt?: string | null;
            /** @description The link itself: only in the answer that created it (withheld from an Idempotency-Key repeat) */
            url?: string;
        };
        CategorizeNeedsDto: {
            assignments: components["schemas"]["CategoryAssignmentDto"][];
        };
        CategoryAssignmentDto: {
            /** @example health */
            categoryKey: string;
            /** Format: uuid */
            needId: string;
        };
        ChangeDueDateDto: {
            /** @example 2019-05-27T09:00:00+02:00 */
            dueAt: string;
        };
        CohortEventDto: {
            /** @example 2019-11-14 */
            heldOn: string;
            /** @enum {string} */
            kind: "conference-visit" | "study-visit" | "guest-lecture";
            /** @example AWS Summit Stockholm */
            title: string;
        };
        CompleteTaskDto: {
            /** @description Values for the task's answer form */
            answer?: Record<string, never>;
        };
        CreateCohortDto: {
            /**
             * @description Places in this cohort (default: the template’s capacity)
             * @example 12
             */
            capacity?: number;
            /**
             * @description The info meeting; interest registration stays open for the template’s window after it
             * @example 2019-09-20T17:00:00+02:00
             */
            infoMeetingAt: string;
            /** @example Fast Track hösten 2019 */
            name: string;
            /**
             * @description How long a person has to answer an offered place, an ISO 8601 duration of at least 1 second (default: the template’s)
             * @example P3D
             */
            offerResponse?: string;
        };
        CreateCommunicationItemDto: {
            /** @example boards */
            audience: string;
            /** @example intranet */
            channel: string;
            /** @example 2019-05-01 */
            dueOn: string;
            /** @enum {string} */
            recurrence: "one-off" | "continuous";
            /** @example Nyhet på intranätet om Skola först */
            title: string;
        };
        CreatedWebhookView: {
            active: boolean;
            createdAt: string;
            events: string[];
            /** Format: uuid */
            id: string;
            name: string;
            /** @description HMAC-SHA256 signing secret, shown only now (withheld from an Idempotency-Key repeat). Verify X-Governance-Signature: t=<unix>,v1=hex(HMAC(secret, "<t>.<body>")) */
            secret?: string;
            url: string;
        };
        CreateNeedDto: {
            /**
             * @description One of the program's need categories (may come later, in categorization)
             * @example trust-safety
             */
            categoryKey?: string;
            /**
             * @description The question the need answers
             * @example q1-trust
             */
            questionKey?: string;
            /** @example Fler vuxna i skolan under rasterna */
            text: string;
        };
        CreateOrganizationDto: {
            /** @example Grundskolenämnden */
            name: string;
            /**
             * @description förvaltning, bolag, nämnd/styrelse, nätverk, övrig
             * @enum {string}
             */
            type: "department" | "company" | "board" | "network" | "other";
        };
        CreatePersonDto: {
            /**
             * @description When the daily digest goes out (HH:MM, Swedish time)
             * @default 07:00
             * @example 07:00
             */
            digestTime: string;
            /** @example Anna Andersson */
            displayName: string;
            /** @example anna.andersson@vasteras.se */
            email: string;
            /** @description The identity provider's subject (sub, or oid in Entra ID) */
            externalSubject?: string;
            /**
             * @default sv
             * @enum {string}
             */
            locale: "sv" | "en";
            /**
             * @description Reminders one mail each, or one daily digest (escalations and invitations always come at once)
             * @default immediate
             * @enum {string}
             */
            mailDelivery: "immediate" | "daily_digest";
            /**
             * Format: uuid
             * @description Required for a contact person: the organization they are the entrance to
             */
            organizationId?: string;
            /** @description e.g. gate.decide for steering-group members */
            permissions?: "gate.decide"[];
            /** @enum {string} */
            role: "project_office" | "contact_person" | "manager" | "participant";
        };
        CreateProgramDto: {
            /**
             * @description Overrides of the template's governance, each a whole list or setting (e.g. needCategories, focusAreas, matrixLevels, network, durations); validated with the rest of the template
             * @example {
             *       "network": {
             *         "initialEvery": "P2W",
             *         "initialMeetings": 3,
             *         "thenEvery": "P13W",
             *         "statusReportBefore": "P7D"
             *       }
             *     }
             */
            governance?: Record<string, never>;
            /** @example Kraftsamling Skola först 2019 */
            name: string;
            /**
             * @description Built-in program template
             * @example skola-forst
             * @enum {string}
             */
            templateKey: "skola-forst" | "fast-track";
            /** @description Template version; the latest when omitted */
            templateVersion?: number;
        };
        CreateSessionDto: {
            /**
             * @description The day it was (or is planned to be) held
             * @example 2019-01-15
             */
            heldOn: string;
            /**
             * @description One of the program's session kinds (workshop, interview, conversation)
             * @example workshop
             */
            kind: string;
            /**
             * Format: uuid
             * @description The department or company the session was held with
             */
            organizationId?: string;
            /**
             * @description Keys of the program's participant groups
             * @example [
             *       "teachers",
             *       "managers"
             *     ]
             */
            participantGroups: string[];
            /** @example Workshop med rektorer, Skiljebo */
            title: string;
        };
        CreateTaskDto: {
            /** @description The answer the task expects: {"fields":[{"key","label":{"sv","en"},"type","required","options"}]} */
            answerForm?: Record<string, never>;
            /**
             * Format: uuid
             * @description The person who must act (or give organizationId): the project office or a contact person, never a manager or a participant
             */
            assigneeId?: string;
            /**
             * @description Due moment (ISO 8601 with offset)
             * @example 2019-05-20T09:00:00+02:00
             */
            dueAt: string;
            /**
             * Format: uuid
             * @description Who is told when the task is long overdue; the creator when omitted
             */
            escalateToId?: string;
            instructions?: string;
            /**
             * @description A meeting the assignee is invited to (info meeting, interview, network meeting): the first mail carries a calendar invitation (.ics)
             * @example {
             *       "startsAt": "2019-09-12T13:00:00+02:00",
             *       "endsAt": "2019-09-12T15:00:00+02:00",
             *       "location": "Stadshuset, sal A"
             *     }
             */
            meeting?: Record<string, never>;
            /**
             * Format: uuid
             * @description The organization whose contact person must act, resolved when the task is made
             */
            organizationId?: string;
            /** Format: uuid */
            programId?: string;
            /** @description ISO 8601 durations, e.g. {"before":["P3D","PT0S"],"overdueEvery":"P2D","escalateAfter":"P5D"}; the template default when omitted */
            reminderPolicy?: Record<string, never>;
            /** @example Rapportera status inför nätverksträffen */
            title: string;
        };
        CreateWebhookDto: {
            /**
             * @description Event types, a family such as task.*, or * for all
             * @example [
             *       "task.completed",
             *       "task.escalated"
             *     ]
             */
            events: string[];
            /** @example Ärendehanteringssystemet */
            name: string;
            /** @example https://integration.vasteras.se/hooks/governance */
            url: string;
        };
        DecideGateDto: {
            comment?: string;
            /**
             * @description approve → next phase; return → the phase opens again (comment required); stop → the program closes
             * @enum {string}
             */
            decision: "approve" | "return" | "stop";
        };
        EvaluateActivityDto: {
            /** @enum {string} */
            decision: "end" | "continue" | "scale-up";
            rationale: string;
            /** @description Required for scale-up: the wider successor */
            scaleUp?: components["schemas"]["ScaleUpDto"];
        };
        EvaluationDto: {
            findings: string;
            /** @example Fokusgrupp 1 (Stockholms stad) */
            group: string;
            /** @example 2019-11-05 */
            heldOn: string;
        };
        FocusAreaDto: {
            /**
             * @description The need categories this focus area answers
             * @example [
             *       "trust-safety",
             *       "future-belief-support"
             *     ]
             */
            categoryKeys: string[];
            /** @example adult-relations */
            key: string;
            /** @description The name; the template's suggestion with the same key when omitted */
            name?: components["schemas"]["LocalizedTextDto"];
        };
        GateView: {
            /** @enum {string|null} */
            decision: "approve" | "return" | "stop" | null;
            phaseKey: string;
            round: number;
            /** @enum {string} */
            status: "open" | "decided";
            taskId: string;
        };
        InterviewDto: {
            /**
             * Format: uuid
             * @description Who holds the interview (project office or contact person); the task and its calendar invitation go to them
             */
            interviewerId: string;
            /**
             * @description Minutes (default 45)
             * @example 45
             */
            minutes?: number;
            /** Format: uuid */
            personId: string;
            /** @example 2019-10-07T10:00:00+02:00 */
            startsAt: string;
        };
        InterviewOutcomeDto: {
            note?: string;
            /**
             * @description admit (up to the capacity), one of the three lists, or not suitable
             * @enum {string}
             */
            outcome: "admit" | "waiting" | "active-interest" | "passive-interest" | "not-suitable";
        };
        IssuedTokenView: {
            createdAt: string;
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            /** @description First characters, to tell tokens apart */
            prefix: string;
            revokedAt: string | null;
            /** @description The token itself: shown only in this answer (withheld from an Idempotency-Key repeat, which answers the header Idempotent-Secrets-Withheld: token) */
            token?: string;
        };
        IssueTokenDto: {
            /**
             * @description Days until the token expires
             * @default 90
             */
            expiresInDays: number;
            /** @example integration script */
            name: string;
        };
        LeaveDto: {
            /** @enum {string} */
            outcome: "completed" | "dropped";
        };
        LevelAssessmentDto: {
            /**
             * @description The knowledge level now
             * @enum {string}
             */
            level: "basic" | "good" | "very-good";
            /**
             * @description The program week of the follow-up (after the last assessment)
             * @example 5
             */
            week: number;
        };
        LocalizedLabelView: {
            en: string;
            sv: string;
        };
        LocalizedTextDto: {
            en: string;
            sv: string;
        };
        OrganizationPageView: {
            items: components["schemas"]["OrganizationView"][];
            limit?: number;
            offset?: number;
            total: number;
        };
        OrganizationView: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            type: "department" | "company" | "board" | "network" | "other";
            updatedAt: string;
        };
        PersonPageView: {
            items: components["schemas"]["PersonView"][];
            limit: number;
            offset: number;
            total: number;
        };
        PersonRefDto: {
            /** Format: uuid */
            personId: string;
        };
        PersonView: {
            /** @example 07:00 */
            digestTime: string;
            displayName: string;
            email: string;
            externalSubject: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "sv" | "en";
            /** @enum {string} */
            mailDelivery: "immediate" | "daily_digest";
            /** Format: uuid */
            organizationId: string | null;
            permissions: "gate.decide"[];
            /** @enum {string} */
            role: "project_office" | "contact_person" | "manager" | "participant";
        };
        PhaseDefinitionView: {
            /** @description A gate decided by the steering group closes the phase */
            gate: boolean;
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
            /** @description Completed in order */
            steps: components["schemas"]["StepDefinitionView"][];
        };
        PlaceOnListDto: {
            /** @enum {string} */
            list: "waiting" | "active-interest" | "passive-interest";
            /** Format: uuid */
            personId: string;
        };
        PlanChangeDto: {
            /** @example 1.2 */
            ambition: number;
            /** @example faster */
            paceKey: string;
        };
        PreferencesDto: {
            /**
             * @description When the daily digest goes out (HH:MM, Swedish time)
             * @default 07:00
             * @example 07:00
             */
            digestTime: string;
            /**
             * @default sv
             * @enum {string}
             */
            locale: "sv" | "en";
            /**
             * @description Reminders one mail each, or one daily digest (escalations and invitations always come at once)
             * @default immediate
             * @enum {string}
             */
            mailDelivery: "immediate" | "daily_digest";
        };
        ProgramLiveStateView: {
            activePhaseWorkflowId?: string | null;
            currentPhaseKey: string | null;
            gate?: components["schemas"]["GateView"] | null;
            phases: components["schemas"]["ProgramPhaseView"][];
            startedAt: string;
            /** @enum {string} */
            status: "active" | "closed";
        };
        ProgramPageView: {
            items: components["schemas"]["ProgramView"][];
            limit: number;
            offset: number;
            total: number;
        };
        ProgramPhaseView: {
            key: string;
            rounds?: number;
            /** @enum {string} */
            status: "pending" | "active" | "returned" | "completed" | "stopped";
        };
        ProgramPositionView: {
            /** @description The gate's decision maker named in the collaboration model, the only person who decides the gate; null until named, and for a contact person unless it is themselves or a person of their organization */
            gateOwnerId: string | null;
            /** @description The open gate task, while the steering group has not decided */
            gateTaskId: string | null;
            phaseKey: string | null;
            /** @enum {string} */
            status: "active" | "closed";
            stepKey: string | null;
            /** @enum {string|null} */
            stepStatus: "open" | "completed" | null;
            /** @description The open step's task */
            stepTaskId: string | null;
        };
        ProgramView: {
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description Live state from the workflow; null when Temporal cannot answer */
            live?: components["schemas"]["ProgramLiveStateView"] | null;
            name: string;
            /** @description The template's phases with their steps and gates (one program) */
            phases?: components["schemas"]["PhaseDefinitionView"][];
            /** @description Where a governed program stands (read model) */
            position?: components["schemas"]["ProgramPositionView"];
            templateKey: string;
            templateVersion: number;
            workflowId: string;
        };
        ProgressDto: {
            /**
             * @description Items completed that week
             * @example 2
             */
            completed: number;
            /**
             * @description The program week
             * @example 3
             */
            week: number;
        };
        ProjectWorkDto: {
            /**
             * @description The program week (project work follows the study weeks)
             * @example 11
             */
            week: number;
        };
        ProposeActivityDto: {
            description?: string;
            /**
             * @description Numbers of the effect goals it serves
             * @example [
             *       4,
             *       5
             *     ]
             */
            effectGoalNumbers: string[];
            /**
             * @example [
             *       "adult-relations"
             *     ]
             */
            focusAreaKeys: string[];
            /**
             * @description Levels of the activity matrix
             * @example [
             *       "unit"
             *     ]
             */
            levelKeys: string[];
            /** @example service-design */
            methodKey: string;
            /** @description Owning departments/companies */
            ownerOrganizationIds: string[];
            /** @example 2020-06-15 */
            plannedEnd: string;
            /** @example 2019-09-01 */
            plannedStart: string;
            /**
             * Format: uuid
             * @description The responsible contact person (of an owning organization)
             */
            responsibleId: string;
            /** @example Läxhjälp på fritidsgården */
            title: string;
        };
        ReassignTaskDto: {
            /**
             * Format: uuid
             * @description Who takes the task on: a person who can complete it (never a manager; a participant only their own offer)
             */
            assigneeId: string;
        };
        RecordMeetingDto: {
            /** @description Persons present */
            attendeeIds: string[];
            minutes: string;
        };
        RoleBodiesDto: {
            /**
             * @example [
             *       "Hållbarhetsarenan"
             *     ]
             */
            bodies: string[];
            /** @example steering-group */
            roleKey: string;
        };
        ScaleUpDto: {
            /** @description Levels of the successor (wider than now), the current ones when omitted */
            levelKeys?: string[];
            /** @description Owners of the successor (more than now), the current ones when omitted */
            ownerOrganizationIds?: string[];
            title?: string;
        };
        SetCollaborationModelDto: {
            /**
             * Format: uuid
             * @description The steering group's decision maker: a person of the project office or a contact person holding the gate.decide permission (never a manager or a participant). The gate's task goes to them, and only they decide the gate
             */
            gateOwnerId: string;
            roles: components["schemas"]["RoleBodiesDto"][];
        };
        SetFocusAreasDto: {
            focusAreas: components["schemas"]["FocusAreaDto"][];
        };
        SetQuestionsDto: {
            /** @description The question set: [{"key","text":{"sv","en"},"subQuestions":[…]}] */
            questions: string[];
        };
        StartNetworkDto: {
            /**
             * @description The kickoff meeting
             * @example 2019-04-10T09:00:00+02:00
             */
            kickoffAt: string;
        };
        StepDefinitionView: {
            key: string;
            name: components["schemas"]["LocalizedLabelView"];
        };
        TaskPageView: {
            items: components["schemas"]["TaskView"][];
            limit: number;
            offset: number;
            total: number;
        };
        TaskView: {
            activityId: string | null;
            answer?: Record<string, never> | null;
            answerForm?: Record<string, never> | null;
            /** Format: uuid */
            assigneeId: string;
            closedAt: string | null;
            createdAt: string;
            dueAt: string;
            escalated: boolean;
            /** Format: uuid */
            id: string;
            instructions: string;
            /** @description startsAt, endsAt, location */
            meeting?: Record<string, never> | null;
            overdue: boolean;
            programId: string | null;
            /**
             * @description Why a program made the task
             * @enum {string|null}
             */
            purpose: "step" | "gate" | "network-status" | "activity-planning" | "activity-status" | "activity-evaluation" | "yearly-check" | null;
            remindersSent: number;
            /** @enum {string} */
            status: "open" | "done" | "cancelled";
            /** @description The step key, meeting, cycle or round the task is about */
            subjectKey: string | null;
            title: string;
        };
        TemplateView: {
            description: components["schemas"]["LocalizedLabelView"];
            key: string;
            /** @enum {string} */
            kind: "phased-program" | "cohort";
            name: components["schemas"]["LocalizedLabelView"];
            phases: components["schemas"]["PhaseDefinitionView"][];
            version: number;
        };
        TokenView: {
            createdAt: string;
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            /** @description First characters, to tell tokens apart */
            prefix: string;
            revokedAt: string | null;
        };
        UiConfigView: {
            /** @description The OpenID Connect sign-in the web UI offers; null: API tokens only */
            oidc: components["schemas"]["UiOidcView"] | null;
        };
        UiOidcView: {
            clientId: string;
            issuer: string;
            resource?: string;
            scope: string;
        };
        UpdateOrganizationDto: {
            /** @example Grundskolenämnden */
            name?: string;
            /**
             * @description förvaltning, bolag, nämnd/styrelse, nätverk, övrig
             * @enum {string}
             */
            type?: "department" | "company" | "board" | "network" | "other";
        };
        UpdatePersonDto: {
            /**
             * @description When the daily digest goes out (HH:MM, Swedish time)
             * @default 07:00
             * @example 07:00
             */
            digestTime: string;
            /** @example Anna Andersson */
            displayName?: string;
            /** @example anna.andersson@vasteras.se */
            email?: string;
            /** @description The identity provider's subject (sub, or oid in Entra ID) */
            externalSubject?: string;
            /**
             * @default sv
             * @enum {string}
             */
            locale: "sv" | "en";
            /**
             * @description Reminders one mail each, or one daily digest (escalations and invitations always come at once)
             * @default immediate
             * @enum {string}
             */
            mailDelivery: "immediate" | "daily_digest";
            /**
             * Format: uuid
             * @description Required for a contact person: the organization they are the entrance to
             */
            organizationId?: string;
            /** @description e.g. gate.decide for steering-group members */
            permissions?: "gate.decide"[];
            /** @enum {string} */
            role?: "project_office" | "contact_person" | "manager" | "participant";
        };
        WebhookView: {
            active: boolean;
            createdAt: string;
            events: string[];
            /** Format: uuid */
            id: string;
            name: string;
            url: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ActivitiesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                activityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such activity, or (for a contact person) one their organization does not own */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ActivitiesController_evaluate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                activityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluateActivityDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The activity is not under evaluation */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ActivitiesController_finishExecution: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                activityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The activity is not in execution */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_page: {
        parameters: {
            query?: {
                activityId?: string;
                /** @description The cursor from the previous page (entries older than it) */
                before?: string;
                cohortId?: string;
                from?: string;
                limit?: number;
                organizationId?: string;
                /** @description As actor or as the person an entry is about */
                personId?: string;
                phase?: string;
                programId?: string;
                /** @description Exclusive */
                to?: string;
                /** @description An event type, or a prefix ending in * */
                type?: string;
            };
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: manager, project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_export: {
        parameters: {
            query?: {
                activityId?: string;
                cohortId?: string;
                format?: "jsonl" | "csv";
                from?: string;
                organizationId?: string;
                /** @description As actor or as the person an entry is about */
                personId?: string;
                phase?: string;
                programId?: string;
                /** @description Exclusive */
                to?: string;
                /** @description An event type, or a prefix ending in * */
                type?: string;
            };
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: manager, project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description { valid, entries, head: { seq, hash }, firstBroken: { seq, id, reason } | null } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: manager, project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditController_timeline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                workflowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: manager, project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CalendarFeedController_feed: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ChangesController_changes: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again
             *
             *     The person has as many streams open as allowed, or the rate limit is reached; Retry-After says when to try again
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description This API process holds as many streams as it takes; Retry-After says when to try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_admit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonRefDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The cohort is full */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_admitMany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdmitManyDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not enough free places */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_analytics: {
        parameters: {
            query?: {
                /** @description An earlier cohort to compare with ("weeks ahead or behind") */
                referenceCohortId?: string;
            };
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_attendees: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendeesDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_evaluate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_events: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_addEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CohortEventDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_attendance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                eventId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendeesDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_scheduleInterview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_interviewOutcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InterviewOutcomeDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The cohort is full, or the person cannot be placed so */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_placeOnList: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceOnListDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_answer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerOfferDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No open offer, or its deadline has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_journey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_advancedTrack: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerOfferDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_assess: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessmentDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_leave: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeaveDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_assessLevel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LevelAssessmentDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not studying, or not after the last assessment */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_changePlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanChangeDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_progress: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProgressDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not studying (e.g. dropped out), the week already reported, or more items than are left */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_startProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectWorkDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_submitProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectWorkDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_register: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonRefDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The window has closed, or the person already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_report: {
        parameters: {
            query?: {
                format?: "json" | "markdown";
                lang?: "sv" | "en";
                /** @description An earlier cohort to compare with ("weeks ahead or behind") */
                referenceCohortId?: string;
            };
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PersonRefDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Both components are up
             *
             *     The Health Check is successful
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                    };
                };
            };
            /**
             * @description At least one component is down
             *
             *     The Health Check is not successful
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                    };
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CalendarFeedController_status: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CalendarFeedController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CalendarFeedController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeController_preferences: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TasksController_inbox: {
        parameters: {
            query?: {
                /** @description soon: open and due within 3 days; overdue: open and past due */
                due?: "soon" | "overdue";
                limit?: number;
                offset?: number;
                programId?: string;
                status?: "open" | "done" | "cancelled";
            };
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPageView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeController_tokens: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenView"][];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPageView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The name is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such organization, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The organization still has persons */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OrganizationsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PersonsController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Only persons of this role */
                role?: "project_office" | "contact_person" | "manager" | "participant";
                /** @description Only names containing this text (case-insensitive) */
                search?: string;
            };
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPageView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PersonsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Email or identity already registered */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PersonsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such person, or not visible to you */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PersonsController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PersonsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PersonsController_erase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PersonsController_issueToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueTokenDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedTokenView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgramsController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramPageView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgramsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgramDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramView"];
                };
            };
            /** @description Invalid body (problem document naming the field); nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description PostgreSQL or Temporal unavailable; nothing is stored */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgramsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such program */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ActivitiesController_list: {
        parameters: {
            query?: {
                /** @description Only activities serving this effect goal */
                effectGoal?: number;
                focusArea?: string;
                level?: string;
                limit?: number;
                offset?: number;
                status?: "planning" | "execution" | "evaluation" | "ended" | "scaled-up";
            };
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ActivitiesController_propose: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeActivityDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description A contact person acting for another organization
             *
             *     Role not allowed (allowed: project_office, contact_person)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The program is not in phase II */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CohortsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCohortDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_collaborationModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_setCollaborationModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCollaborationModelDto"];
            };
        };
        responses: {
            /** @description An unknown role, or a gateOwnerId who can never decide a gate (nobody, no gate.decide permission, a manager or a participant): a problem document naming the field; nothing is changed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not in the step collaboration-model */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_communicationPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_addCommunicationItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommunicationItemDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ActivitiesController_effectGoals: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_focusAreas: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_setFocusAreas: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetFocusAreasDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_decideGate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideGateDto"];
            };
        };
        responses: {
            /** @description A return without a comment */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No gate is waiting for a decision, or it has been decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_governance: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ActivitiesController_matrix: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_needs: {
        parameters: {
            query?: {
                /** @description Only needs of this category */
                category?: string;
                limit?: number;
                offset?: number;
                /** @description Only needs without a category */
                uncategorized?: string;
            };
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_categorize: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CategorizeNeedsDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_statistics: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_network: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_recordMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordMeetingDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The meeting has not been scheduled */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_addMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddNetworkMemberDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_removeMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_startNetwork: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartNetworkDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_setQuestions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetQuestionsDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not in the step plan-gathering */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_report: {
        parameters: {
            query?: {
                /** @description Or use the Accept header (text/markdown, text/html) */
                format?: "json" | "markdown" | "html";
                lang?: "sv" | "en";
            };
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Needs per category and per source, focus areas, collaboration model, network (for a contact person without other organizations' contact persons), communication plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_sessions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_createSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            /** @description Unknown kind or participant group (problem document naming the field) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_addNeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNeedDto"];
            };
        };
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_importNeeds: {
        parameters: {
            query?: {
                /** @description true: check the file and answer a preview; nothing is imported or recorded */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Row-level errors, e.g. "row 12.category: 'x' is not one of …"; nothing imported */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PhaseOneController_completeStep: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                stepKey: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not the open step, or its data is incomplete (the problems are listed; e.g. the uncategorized needs) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ActivitiesController_yearlyPlanningCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ProgramsController_templates: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateView"][];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TasksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description Invalid body, or an assignee who cannot complete the task (a manager, a participant): a problem document naming the field; nothing is stored */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TasksController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such task, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TasksController_changeDueDate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeDueDateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The task is no longer open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TasksController_cancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The task is no longer open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TasksController_complete: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The task is no longer open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    TasksController_reassign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignTaskDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskView"];
                };
            };
            /** @description assigneeId: nobody, outside your organization, or a person who cannot complete the task (a manager, a participant) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, contact_person) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The task is no longer open, already that person’s, or bound to its person (a gate’s decision maker, an offer’s candidate) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MeController_revoke: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, contact_person, participant) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    UiController_uiConfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UiConfigView"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"][];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office, manager) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookView"];
                };
            };
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description Commands only (POST, PUT, PATCH, DELETE): a repeat with the same key and request gets the first answer (header Idempotent-Replayed: true) instead of running again; kept 24 hours; a key reused for another request answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing, invalid, expired or revoked token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Role not allowed (allowed: project_office) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached (per person; per client address for failed credentials); Retry-After says when to try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
