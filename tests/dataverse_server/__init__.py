"""A Dataverse Web API + Microsoft Entra ID test double over HTTPS (see :mod:`tests.dataverse_server.server`)."""
